package io.interviews.systemtest;

import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
    /** CONSIDER: the floor {@code StageDataTest} holds a strong persona to in every shipped stage. */
    private static final double STRONG_AT_LEAST = 70;
    /**
     * How far under what an independent reader labels its answers a strong persona may land (83.8 in English, 83.1 in
     * Chinese). The coding stage ships no exemplars, and the answer model rates plans told as "I would …" lower than
     * stories of what was done: 8.0 and 3.0 points under before the answer model learnt from accounts of work on
     * others' decisions (2026-12-05), 9.1 and 2.4 after. Held a little above where it is.
     */
    private static final double STRONG_UNDER_ITS_LABELS_AT_MOST = 10;
    private static final String LABELS = "/coding-candidate-labels.json";

    @Test
    void theCodingBanksPassTheLoaderEveryStageRunsAtStartUp() {
        assertEquals("coding", CODING.stage());
        assertTrue(CODING.rubricVersion().matches("coding-\\d{4}\\.\\d{2}-\\d+"), CODING.rubricVersion());
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
    void theSimulatedCandidatesAnswerEveryCodingQuestionAndScoreAsTheirPersonaSays(String persona, String language)
            throws IOException {
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
            double labelled = labelledScore(persona + "-" + language, interviewLanguage);
            assertTrue(scorecard.score() >= STRONG_AT_LEAST
                    && labelled - scorecard.score() <= STRONG_UNDER_ITS_LABELS_AT_MOST, report + ", labelled " + labelled);
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

    /** The score of the independent reader's labels of the persona's main answers, as the stage scores ratings. */
    private static double labelledScore(String candidate, Language language) throws IOException {
        Map<String, Map<String, Integer>> labels;
        try (InputStream in = CodingStageDataTest.class.getResourceAsStream(LABELS)) {
            labels = new ObjectMapper().readValue(in, LabelledCandidates.class).candidates().get(candidate);
        }
        return CODING.bank(language).score(dimension -> labels.values().stream()
                .map(answer -> answer.get(dimension.id())).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).average().orElseThrow());
    }

    private record LabelledCandidates(String labelledBy, Map<String, Map<String, Map<String, Integer>>> candidates) {
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
