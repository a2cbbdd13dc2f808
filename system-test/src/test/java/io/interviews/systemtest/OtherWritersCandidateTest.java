package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.interviews.deploy.stack.SimulatedCandidate;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.StageBankLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;

import static io.interviews.systemtest.InterviewAssertions.assertTotalIsTheWeightedMeanOfThePlannedStages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A candidate written by someone outside the project, taken through the gateway with {@code demo --answers}'s answer
 * book: every stage scores what the stage's brain makes of the very transcript the gateway recorded, follow-ups
 * answered with filler change nothing, and the outcome lands on the side of the offer line its labels put it.
 */
@ExtendWith(LiveSystemExtension.class)
class OtherWritersCandidateTest {

    private static final Instant ANSWERED_AT = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void aCandidateByAnotherWriterScoresThroughTheGatewayAsTheBrainScoresItsTranscript(LiveSystem system) {
        LiveSystem.Outcome outcome = system.outcome(Scenario.OTHER_WRITER_EN_DEFAULT_PLAN);
        Language language = Language.fromCode(outcome.scenario().language);

        for (JsonNode stageScore : outcome.recruiterView().path("stageScores")) {
            String stage = stageScore.path("stage").asText();
            RubricInterviewer brain = new RubricInterviewer(StageBankLoader.fromDirectory(LiveSystem.PROJECT_ROOT
                    .resolve("interviewer-" + stage + "/src/main/resources/" + StageBankLoader.CLASSPATH_ROOT)
                    .resolve(stage), stage));
            List<SimulatedCandidate.AnsweredQuestion> answered = outcome.answered().stream()
                    .filter(question -> question.stage().equals(stage)).toList();
            List<SimulatedCandidate.AnsweredQuestion> mainAnswers = answered.stream()
                    .filter(question -> !question.followUp()).toList();
            assertEquals(6, mainAnswers.size(), stage + " main questions: " + answered);

            assertEquals(brain.scorecard(language, transcript(answered)).score(), stageScore.path("score").asDouble(),
                    0.05, stage + ": the gateway's score is the brain's score of the recorded transcript");
            assertEquals(brain.scorecard(language, transcript(mainAnswers)).score(), stageScore.path("score").asDouble(),
                    0.05, stage + ": follow-ups answered with filler add nothing");
        }
        assertFalse(outcome.answered().stream().filter(SimulatedCandidate.AnsweredQuestion::followUp).toList().isEmpty(),
                "a mid-level candidate draws follow-ups, answered with the filler");

        double total = assertTotalIsTheWeightedMeanOfThePlannedStages(outcome);
        System.out.printf("%s through the gateway: total %.1f, stages %s, %d follow-ups%n", outcome.scenario().persona,
                total, outcome.recruiterView().path("stageScores"), outcome.answered().stream()
                        .filter(SimulatedCandidate.AnsweredQuestion::followUp).count());
        assertTrue(total >= 60 && total < 90, "labelled CONSIDER (71.2): an offer, not a strong hire; total " + total);
        assertEquals("OFFER", outcome.recruiterView().path("letter").path("kind").asText());
    }

    private static List<Exchange> transcript(List<SimulatedCandidate.AnsweredQuestion> answered) {
        return answered.stream().map(question -> new Exchange(question.questionId(), question.question(),
                question.followUp(), question.answer(), ANSWERED_AT)).toList();
    }
}
