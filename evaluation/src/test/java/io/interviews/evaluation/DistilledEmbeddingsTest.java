package io.interviews.evaluation;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.interviews.events.Language;
import io.interviews.stage.embedding.StaticEmbeddings;
import io.interviews.stage.embedding.WordPieceTokenizer;
import io.interviews.stage.rubric.AnswerEmbeddings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tables stage-kit ships read text exactly as the bge models they were distilled from. */
class DistilledEmbeddingsTest {

    private static final List<LabelledAnswer> SET = EvalSet.load(EvalCommand.shippedStages());

    @ParameterizedTest
    @EnumSource(Language.class)
    void theShippedTableCutsEveryLabelledAnswerIntoTheTeachersOwnPieces(Language language) throws IOException {
        StaticEmbeddings table = shippedTable(language);
        assertEquals(Distillation.teacher(language), table.teacher());
        WordPieceTokenizer ours = table.tokenizer();
        try (InputStream json = getClass().getClassLoader()
                .getResourceAsStream(Distillation.teacher(language) + "-tokenizer.json");
             HuggingFaceTokenizer teachers = HuggingFaceTokenizer.newInstance(json,
                     Map.of("truncation", "false", "padding", "false"))) {
            int compared = 0;
            for (LabelledAnswer answer : SET) {
                Encoding encoding = teachers.encode(answer.text(), false, false);
                long[] expected = encoding.getIds();
                long[] actual = ours.ids(answer.text()).stream()
                        .mapToLong(id -> id == WordPieceTokenizer.UNKNOWN ? table.pieces().indexOf("[UNK]") : id)
                        .toArray();
                assertEquals(Arrays.toString(expected), Arrays.toString(actual), answer.id());
                compared++;
            }
            assertTrue(compared >= 900, "answers compared: " + compared);
        }
    }

    private static StaticEmbeddings shippedTable(Language language) throws IOException {
        try (InputStream in = AnswerEmbeddings.class.getResourceAsStream("answer-embeddings-" + language.code() + ".bin")) {
            return StaticEmbeddings.read(in);
        }
    }
}
