package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.interviews.deploy.stack.SimulatedCandidate;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.stage.rubric.StageBankLoader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.interviews.testsupport.TopicProbe.keyed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every finished interview must show, whatever its plan. */
final class InterviewAssertions {

    private InterviewAssertions() {
    }

    /**
     * The recruiter view scores exactly the planned stages, in plan order, and its total is their weighted mean
     * (±0.5: the total is rounded). Returns the total.
     */
    static double assertTotalIsTheWeightedMeanOfThePlannedStages(LiveSystem.Outcome outcome) {
        JsonNode view = outcome.recruiterView();
        JsonNode stages = view.path("stageScores");
        List<String> names = new ArrayList<>();
        stages.forEach(stage -> names.add(stage.path("stage").asText()));
        assertEquals(outcome.scenario().stages(), names, view.toPrettyString());
        double weighted = 0;
        double weights = 0;
        for (JsonNode stage : stages) {
            double score = stage.path("score").asDouble();
            assertTrue(score >= 0 && score <= 100, "stage score out of range: " + stage);
            weighted += stage.path("weight").asDouble() * score;
            weights += stage.path("weight").asDouble();
        }
        double total = view.path("total").asDouble();
        assertEquals(weighted / weights, total, 0.5, "total vs weighted mean of " + stages);
        return total;
    }

    /**
     * Every question the recruiter sees was answered, none was asked twice, the candidate answered them in that
     * order, every planned stage asked at least the bank minimum of main questions, and the answers topic holds
     * exactly one answer per question.
     */
    static void assertEachQuestionAnsweredExactlyOnce(LiveSystem.Outcome outcome,
                                                       List<ConsumerRecord<String, String>> answersTopic) {
        List<String> questionIds = new ArrayList<>();
        List<String> mainQuestionStages = new ArrayList<>();
        for (JsonNode question : outcome.recruiterView().path("questions")) {
            assertFalse(question.path("answer").isNull() || question.path("answer").isMissingNode(),
                    "unanswered question " + question);
            questionIds.add(question.path("questionId").asText());
            if (!question.path("followUp").asBoolean()) {
                mainQuestionStages.add(question.path("stage").asText());
            }
        }
        assertEquals(new HashSet<>(questionIds).size(), questionIds.size(), "a question was asked twice: " + questionIds);
        assertEquals(questionIds, outcome.answered().stream().map(SimulatedCandidate.AnsweredQuestion::questionId).toList());
        Map<String, Long> mainQuestionsPerStage = mainQuestionStages.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (String stage : outcome.scenario().stages()) {
            assertTrue(mainQuestionsPerStage.getOrDefault(stage, 0L) >= StageBankLoader.MIN_QUESTIONS,
                    "stage " + stage + " asked too few main questions: " + questionIds);
        }

        List<String> submitted = answersTopic.stream()
                .filter(keyed(outcome.interviewId()))
                .map(record -> EventCodec.decode(record.value(), AnswerSubmitted.class).questionId())
                .toList();
        Set<String> distinct = Set.copyOf(submitted);
        assertEquals(distinct.size(), submitted.size(), "answers submitted more than once: "
                + submitted.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting())));
        assertEquals(Set.copyOf(questionIds), distinct);
    }
}
