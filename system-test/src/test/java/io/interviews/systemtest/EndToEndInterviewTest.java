package io.interviews.systemtest;

import io.interviews.events.Topics;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static io.interviews.systemtest.InterviewAssertions.assertEachQuestionAnsweredExactlyOnce;
import static io.interviews.systemtest.InterviewAssertions.assertTotalIsTheWeightedMeanOfThePlannedStages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker, PostgreSQL and every service as real processes; candidates take whole interviews on the
 * gateway's default plan through its HTTP API only, and the outcome is checked through the recruiter view
 * and the topics.
 */
@ExtendWith(LiveSystemExtension.class)
class EndToEndInterviewTest {

    @Test
    void strongAndWeakCandidatesCompleteWithConsistentTotalsAndTheRightLetters(LiveSystem system) {
        LiveSystem.Outcome strong = system.outcome(Scenario.STRONG_EN_DEFAULT_PLAN);
        LiveSystem.Outcome weak = system.outcome(Scenario.WEAK_ZH_DEFAULT_PLAN);

        double strongTotal = assertTotalIsTheWeightedMeanOfThePlannedStages(strong);
        double weakTotal = assertTotalIsTheWeightedMeanOfThePlannedStages(weak);
        assertTrue(strongTotal >= 70, "strong candidate total " + strongTotal);
        assertTrue(weakTotal < 60, "weak candidate total " + weakTotal);
        assertEquals("OFFER", strong.recruiterView().path("letter").path("kind").asText());
        assertEquals("FEEDBACK", weak.recruiterView().path("letter").path("kind").asText());
        assertTrue(strong.recruiterView().path("letter").path("markdown").asText().contains("Ada Lovelace"));

        try (TopicProbe topics = new TopicProbe(system.stack().kafkaBootstrapServers())) {
            List<ConsumerRecord<String, String>> answers = topics.readAll(Topics.ANSWERS, Duration.ofSeconds(30));
            assertEachQuestionAnsweredExactlyOnce(strong, answers);
            assertEachQuestionAnsweredExactlyOnce(weak, answers);
        }
    }
}
