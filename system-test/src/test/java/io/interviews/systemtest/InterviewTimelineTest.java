package io.interviews.systemtest;

import io.interviews.deploy.ops.TopicTimeline;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operators' timeline ({@code timeline --interview ID}) of a finished interview lists its events in causal
 * order. The timeline gives the order; the events behind its entries are decoded from the topics to check it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(LiveSystemExtension.class)
class InterviewTimelineTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** Every record on the topics once the module's interviews are finished, by topic, partition and offset. */
    private final Map<String, ConsumerRecord<String, String>> records = new HashMap<>();

    @BeforeAll
    void readEveryTopicOnceTheInterviewsAreFinished(LiveSystem system) {
        system.allOutcomes();
        try (TopicProbe topics = new TopicProbe(system.stack().kafkaBootstrapServers())) {
            for (String topic : Topics.ALL) {
                topics.readAll(topic, READ_TIMEOUT).forEach(record ->
                        records.put(position(record.topic(), record.partition(), record.offset()), record));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void theTimelineOfAFinishedInterviewListsItsEventsInCausalOrder(Scenario scenario, LiveSystem system) {
        LiveSystem.Outcome outcome = system.outcome(scenario);
        List<TopicTimeline.Entry> timeline = TopicTimeline.read(system.stack().kafkaBootstrapServers(),
                Optional.of(outcome.interviewId()), READ_TIMEOUT);
        List<InterviewEvent> events = eventsOf(timeline);
        String listing = String.join("\n", timeline.stream().map(TopicTimeline.Entry::format).toList());

        assertTrue(events.get(0) instanceof StageCompleted intake && StageCompleted.INTAKE.equals(intake.stage()),
                "intake first:\n" + listing);
        List<String> completedStages = events.stream()
                .filter(StageCompleted.class::isInstance).map(event -> ((StageCompleted) event).stage()).toList();
        List<String> expectedStages = new ArrayList<>(List.of(StageCompleted.INTAKE));
        expectedStages.addAll(scenario.stages());
        assertEquals(expectedStages, completedStages, listing);

        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof AnswerSubmitted answer) {
                int asked = first(events, event -> event instanceof QuestionAsked question
                        && question.questionId().equals(answer.questionId()));
                assertTrue(asked >= 0 && asked < i, answer.questionId() + " answered before it was asked:\n" + listing);
            }
        }
        for (int i = 1; i < scenario.stages().size(); i++) {
            String previous = scenario.stages().get(i - 1);
            String next = scenario.stages().get(i);
            assertTrue(stageCompleted(events, previous) < firstQuestionOf(events, next),
                    "stage-completed " + previous + " before the first " + next + " question:\n" + listing);
        }
        assertTrue(stageCompleted(events, "tech") < firstQuestionOf(events, "hr"), listing);

        int scored = first(events, InterviewScored.class::isInstance);
        int lastStageCompleted = last(events, StageCompleted.class::isInstance);
        assertTrue(scored > lastStageCompleted, "scored after the last stage-completed:\n" + listing);
        int letterDrafted = first(events, LetterDrafted.class::isInstance);
        int lastOfTheInterview = last(events, event -> event instanceof StageCompleted || event instanceof QuestionAsked
                || event instanceof AnswerSubmitted || event instanceof InterviewScored);
        assertTrue(letterDrafted > lastOfTheInterview, "letter drafted last:\n" + listing);
        assertEquals(1, events.stream().filter(LetterDrafted.class::isInstance).count(), listing);
    }

    /** The event behind each timeline entry, found on its topic by partition and offset. */
    private List<InterviewEvent> eventsOf(List<TopicTimeline.Entry> timeline) {
        return timeline.stream().map(entry -> {
            ConsumerRecord<String, String> record = records.get(position(entry.topic(), entry.partition(), entry.offset()));
            assertTrue(record != null && !Topics.DEAD_LETTERS.equals(entry.topic()), "unexpected entry " + entry.format());
            return EventCodec.decode(record.value(), InterviewEvent.class);
        }).toList();
    }

    private static String position(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }

    private static int stageCompleted(List<InterviewEvent> events, String stage) {
        int at = first(events, event -> event instanceof StageCompleted completed && completed.stage().equals(stage));
        assertTrue(at >= 0, "no stage-completed " + stage);
        return at;
    }

    private static int firstQuestionOf(List<InterviewEvent> events, String stage) {
        int at = first(events, event -> event instanceof QuestionAsked question && question.stage().equals(stage));
        assertTrue(at >= 0, "no question of stage " + stage);
        return at;
    }

    private static int first(List<InterviewEvent> events, Predicate<InterviewEvent> match) {
        return IntStream.range(0, events.size()).filter(i -> match.test(events.get(i))).findFirst().orElse(-1);
    }

    private static int last(List<InterviewEvent> events, Predicate<InterviewEvent> match) {
        return IntStream.range(0, events.size()).filter(i -> match.test(events.get(i))).reduce((a, b) -> b).orElse(-1);
    }
}
