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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

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
            Map<String, Integer> pieceIds = new HashMap<>();
            for (int id = 0; id < table.pieces().size(); id++) {
                pieceIds.put(table.pieces().get(id), id);
            }
            int compared = 0;
            for (LabelledAnswer answer : SET) {
                Encoding encoding = teachers.encode(answer.text(), false, false);
                long[] expected = encoding.getIds();
                long[] actual = ours.ids(answer.text()).stream()
                        .flatMapToLong(id -> teacherIds(table, pieceIds, id))
                        .toArray();
                assertEquals(Arrays.toString(expected), Arrays.toString(actual), answer.id());
                compared++;
            }
            assertTrue(compared >= 900, "answers compared: " + compared);
        }
    }

    /** What the teacher reads for one of our pieces: the piece itself, or a Chinese word's characters one by one. */
    private static LongStream teacherIds(StaticEmbeddings table, Map<String, Integer> pieceIds, int id) {
        if (id == WordPieceTokenizer.UNKNOWN) {
            return LongStream.of(pieceIds.get("[UNK]"));
        }
        String piece = table.pieces().get(id);
        return piece.startsWith("##") || piece.codePointCount(0, piece.length()) == 1
                || !piece.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                ? LongStream.of(id)
                : piece.codePoints().mapToLong(cp -> pieceIds.get(new String(Character.toChars(cp))));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void chineseTextIsReadInWordsWhereTheTableHasThem(Language language) throws IOException {
        StaticEmbeddings table = shippedTable(language);
        List<Integer> ids = table.tokenizer().ids("我们的监控系统");
        if (language == Language.ZH) {
            assertEquals(List.of("我们", "的", "监控", "系统"), ids.stream().map(table.pieces()::get).toList());
        } else {
            assertEquals(7, ids.size(), "the English table reads every character apart: " + ids);
        }
    }

    private static StaticEmbeddings shippedTable(Language language) throws IOException {
        try (InputStream in = AnswerEmbeddings.class.getResourceAsStream("answer-embeddings-" + language.code() + ".bin")) {
            return StaticEmbeddings.read(in);
        }
    }
}
