package io.interviews.deploy.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SimulatedCandidate#fromAnswerBook}: a candidate written by someone outside the project. */
class AnswerBookTest {

    @TempDir
    Path directory;

    private Path book(String json) throws IOException {
        return Files.writeString(directory.resolve("book.json"), json);
    }

    @Test
    void aBookAnswersTheQuestionsItKnowsAndFallsBackForTheRest() throws IOException {
        SimulatedCandidate own = SimulatedCandidate.fromAnswerBook(book("""
                {"persona": "Data engineer, 8 years", "language": "ZH", "name": "林晓",
                 "answers": {"tech-1": "我重写了计费流水线。", "tech-1-followup": "延迟从两秒降到两百毫秒。"},
                 "fallback": "这个我没有更多可以补充的。"}"""));

        assertEquals("Data engineer, 8 years", own.persona());
        assertEquals("zh", own.language());
        assertEquals(Optional.of("林晓"), own.name());
        assertEquals("我重写了计费流水线。", own.answerTo("tech-1"));
        assertEquals("延迟从两秒降到两百毫秒。", own.answerTo("tech-1-followup"));
        assertTrue(own.hasAnswerTo("tech-1"));
        assertFalse(own.hasAnswerTo("hr-2"));
        assertEquals("这个我没有更多可以补充的。", own.answerTo("hr-2"));
    }

    @Test
    void aBookWithoutFallbackInAnotherLanguageOrNotABookIsRefusedWithTheReason() throws IOException {
        assertTrue(refused(book("""
                {"persona": "p", "language": "en", "answers": {"tech-1": "An answer."}}"""))
                .contains("has no fallback"));
        assertEquals(Optional.empty(), SimulatedCandidate.fromAnswerBook(book("""
                {"persona": "p", "language": "en", "answers": {}, "fallback": "Nothing to add."}""")).name());
        assertTrue(refused(book("""
                {"persona": "p", "language": "fr", "answers": {}, "fallback": "Rien."}"""))
                .contains("language is 'fr', not en or zh"));
        assertTrue(refused(book("""
                {"language": "en", "answers": {}, "fallback": "Nothing."}""")).contains("is not an answer book"));
        assertTrue(refused(book("{\"persona\": ")).contains("cannot read answer book"));
        assertTrue(refused(directory.resolve("missing.json")).contains("cannot read answer book"));
    }

    private static String refused(Path file) {
        return assertThrows(IllegalArgumentException.class, () -> SimulatedCandidate.fromAnswerBook(file)).getMessage();
    }
}
