package io.interviews.systemtest;

import io.interviews.deploy.stack.SimulatedCandidate;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.Scorecard;
import io.interviews.stage.rubric.StageBank;
import io.interviews.stage.rubric.StageBankLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code coding} stage's data in {@code deploy/stages/coding}, checked without any process: its banks pass
 * the loader every stage runs at start-up, and its simulated candidates, run through the same rating engine,
 * score as their persona says.
 */
class CodingStageDataTest {

    private static final StageBank CODING = StageBankLoader.fromDirectory(LiveSystem.CODING_STAGE, "coding");

    @Test
    void theCodingBanksPassTheLoaderEveryStageRunsAtStartUp() {
        assertEquals("coding", CODING.stage());
        assertEquals("coding-2026.11-1", CODING.rubricVersion());
        for (Language language : Language.values()) {
            QuestionBank bank = CODING.bank(language);
            assertTrue(bank.questions().size() >= StageBankLoader.MIN_QUESTIONS, language.code());
            assertTrue(bank.dimensions().size() >= StageBankLoader.MIN_DIMENSIONS
                    && bank.dimensions().size() <= StageBankLoader.MAX_DIMENSIONS, language.code());
            bank.dimensions().forEach(dimension -> assertEquals(Set.of(1, 2, 3, 4, 5), dimension.anchors().keySet()));
            bank.questions().forEach(question -> question.points().forEach(point -> {
                assertFalse(point.keywords().isEmpty(), point.id());
                assertFalse(point.followUp().isBlank(), point.id());
            }));
        }
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"strong, en", "strong, zh", "weak, en", "weak, zh"})
    void theSimulatedCandidatesAnswerEveryCodingQuestionAndScoreAsTheirPersonaSays(String persona, String language) {
        SimulatedCandidate candidate = new SimulatedCandidate(persona, language).withStageAnswers(LiveSystem.CODING_STAGE);
        Language interviewLanguage = Language.valueOf(language.toUpperCase(Locale.ROOT));
        List<String> missing = CODING.bank(interviewLanguage).questions().stream()
                .flatMap(question -> Stream.of(question.id(), question.followUpId()))
                .filter(id -> !candidate.hasAnswerTo(id))
                .toList();
        assertEquals(List.of(), missing, "answers missing from candidate-" + persona + "-" + language + ".json");

        RubricInterviewer interviewer = new RubricInterviewer(CODING);
        List<Exchange> transcript = interview(interviewer, interviewLanguage, candidate);
        Scorecard scorecard = interviewer.scorecard(interviewLanguage, transcript);
        String report = scorecard.score() + " " + scorecard.ratings();
        if ("strong".equals(persona)) {
            assertTrue(scorecard.score() >= 75, report);
            // the coding stage ships no exemplars: the answer model alone decides, and it rates plans told as "I would …"
            // lower than stories of what was done (see evaluation/README.md), so up to half the answers are probed
            assertTrue(transcript.stream().filter(Exchange::followUp).count() <= 2, "a strong candidate is rarely probed");
        } else {
            assertTrue(scorecard.score() < 50, report);
            assertTrue(transcript.stream().anyMatch(Exchange::followUp), "a weak candidate gets follow-ups");
        }
        assertFalse(scorecard.needsReview(), report);
        assertEquals(CODING.bank(interviewLanguage).questions().stream().map(Question::id).toList(),
                transcript.stream().map(Exchange::questionId).map(Question::mainQuestionId).distinct().toList(),
                "every main question is asked, in bank order");
    }

    private static List<Exchange> interview(RubricInterviewer interviewer, Language language, SimulatedCandidate candidate) {
        List<Exchange> transcript = new ArrayList<>();
        Optional<Ask> ask = Optional.of(interviewer.opening(language));
        Instant clock = Instant.parse("2026-11-02T09:00:00Z");
        while (ask.isPresent()) {
            Ask question = ask.get();
            String answer = candidate.answerTo(question.questionId());
            clock = clock.plusSeconds(90);
            transcript.add(new Exchange(question.questionId(), question.text(), question.followUp(), answer, clock));
            ask = interviewer.next(language, question, answer);
        }
        return transcript;
    }
}
