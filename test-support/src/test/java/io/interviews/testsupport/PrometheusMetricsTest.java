package io.interviews.testsupport;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrometheusMetricsTest {

    private static final String EXPOSITION = """
            # HELP interview_stalled Interviews waiting on a stage
            # TYPE interview_stalled gauge
            interview_stalled{stage="hr"} 2.0
            interview_stalled{stage="tech"} 0.0
            interview_outbox_send_failures_total{topic="interview.answers",type="interview.answer-submitted.v1"} 3.0
            interview_outbox_send_failures_total{topic="interview.questions",type="interview.question-asked.v1"} 1.0
            interview_outbox_send_failures_total_created{topic="interview.answers"} 1.7E9
            interview_outbox_oldest_unpublished_seconds 0.25
            interview_requests_limited_total{client="a \\"quoted\\" client",action="answer"} 4.0
            """;

    @Test
    void findsASampleByNameAndTheLabelsItIncludesInAnyOrder() {
        assertEquals(OptionalDouble.of(2.0), PrometheusMetrics.sample(EXPOSITION, "interview_stalled", Map.of("stage", "hr")));
        assertEquals(OptionalDouble.of(1.0), PrometheusMetrics.sample(EXPOSITION, "interview_outbox_send_failures_total",
                Map.of("type", "interview.question-asked.v1", "topic", "interview.questions")));
        assertEquals(OptionalDouble.of(4.0), PrometheusMetrics.sample(EXPOSITION, "interview_requests_limited_total",
                Map.of("action", "answer", "client", "a \\\"quoted\\\" client")));
    }

    @Test
    void aSampleWithoutLabelsAndTheFirstOfSeveral() {
        assertEquals(OptionalDouble.of(0.25),
                PrometheusMetrics.sample(EXPOSITION, "interview_outbox_oldest_unpublished_seconds", Map.of()));
        assertEquals(OptionalDouble.of(3.0),
                PrometheusMetrics.sample(EXPOSITION, "interview_outbox_send_failures_total", Map.of()));
    }

    @Test
    void noSampleForAnotherLabelValueOrANameThatOnlyStartsTheSame() {
        assertEquals(OptionalDouble.empty(), PrometheusMetrics.sample(EXPOSITION, "interview_stalled", Map.of("stage", "boss")));
        assertEquals(OptionalDouble.empty(), PrometheusMetrics.sample(EXPOSITION, "interview_outbox_send_failures",
                Map.of()));
        assertEquals(OptionalDouble.empty(), PrometheusMetrics.sample(EXPOSITION, "interview_outbox_send_failures_total",
                Map.of("topic", "interview.letters")));
    }
}
