package io.interviews.stage.rubric;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageBankLoaderTest {

    @TempDir
    Path directory;

    @Test
    void loadsBothLanguagesFromTheClasspath() {
        StageBank bank = StageBankLoader.fromClasspath("sample");

        assertEquals("sample-1", bank.rubricVersion());
        assertEquals(3, bank.bank(Language.EN).questions().size());
        assertEquals(3, bank.bank(Language.ZH).questions().size());
    }

    @Test
    void loadsFromAConfiguredDirectory() throws IOException {
        copySample(UnaryOperator.identity(), UnaryOperator.identity());

        assertEquals("sample", StageBankLoader.fromDirectory(directory, "sample").stage());
    }

    @Test
    void missingBankIsReported() {
        InvalidBankException error = assertThrows(InvalidBankException.class,
                () -> StageBankLoader.fromClasspath("no-such-stage"));

        assertTrue(error.getMessage().contains("interview-stages/no-such-stage/bank-en.json"), error.getMessage());
    }

    @Test
    void pointMappedToAnUnknownDimensionIsRejected() throws IOException {
        copySample(en -> en.replace("\"dimension\": \"design\"", "\"dimension\": \"charisma\""), UnaryOperator.identity());

        assertProblem("point queue maps to unknown dimension 'charisma'");
    }

    @Test
    void dimensionWithoutAllFiveAnchorsIsRejected() throws IOException {
        copySample(en -> en.replace("\"5\": \"Depth 5\"", "\"6\": \"Depth 6\""), UnaryOperator.identity());

        assertProblem("dimension depth has no anchor for rating 5");
    }

    @Test
    void languagesWithDifferentQuestionIdsAreRejected() throws IOException {
        copySample(UnaryOperator.identity(), zh -> zh.replace("\"id\": \"idempotency\"", "\"id\": \"dedup\""));

        assertProblem("question ids, point ids or point dimensions differ");
    }

    @Test
    void questionIdsMustFollowTheStageNumbering() throws IOException {
        copySample(en -> en.replace("\"id\": \"sample-2\"", "\"id\": \"sample-bugs\""), UnaryOperator.identity());

        assertProblem("question 2 has id 'sample-bugs', expected 'sample-2'");
    }

    @Test
    void aBankStillSettingTheRetiredSemanticMatchIsRefusedByName() throws IOException {
        copySample(en -> en.replace("\"persona\": \"A test interviewer.\",", "\"persona\": \"A test interviewer.\", \"semanticMatch\": 0.65,"),
                UnaryOperator.identity());

        assertProblem("Unrecognized field \"semanticMatch\"");
    }

    @Test
    void claimProbeWithoutThePlaceholderIsRejected() throws IOException {
        copySample(en -> en.replace("\"persona\": \"A test interviewer.\",", "\"persona\": \"A test interviewer.\", "
                + "\"claims\": {\"figure\": {\"probe\": \"How did you measure it?\", \"methodCues\": [\"measur*\"]}},"),
                UnaryOperator.identity());

        assertProblem("claims.figure needs a probe containing {claim}");
    }

    private void assertProblem(String expected) {
        InvalidBankException error = assertThrows(InvalidBankException.class,
                () -> StageBankLoader.fromDirectory(directory, "sample"));
        assertTrue(error.problems().stream().anyMatch(problem -> problem.contains(expected)), error.getMessage());
    }

    private void copySample(UnaryOperator<String> editEnglish, UnaryOperator<String> editChinese) throws IOException {
        Files.writeString(directory.resolve("bank-en.json"), editEnglish.apply(sample("bank-en.json")));
        Files.writeString(directory.resolve("bank-zh.json"), editChinese.apply(sample("bank-zh.json")));
    }

    private static String sample(String file) throws IOException {
        try (InputStream in = StageBankLoaderTest.class.getClassLoader()
                .getResourceAsStream("interview-stages/sample/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
