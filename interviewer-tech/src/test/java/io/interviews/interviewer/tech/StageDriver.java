package io.interviews.interviewer.tech;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.Candidate;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewEvent;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.StageBankLoader;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Drives the stage over the real broker the way the gateway and the other stages do. (Each interviewer module's
 * tests have their own: shared through a test jar, it lands in another Quarkus class loader than TopicProbe.)
 */
final class StageDriver implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The topics a stage reads and writes, for {@code RealInfrastructure}'s {@code topics} argument. */
    static final String TOPICS = Topics.STAGE_COMPLETED + "," + Topics.QUESTIONS + "," + Topics.ANSWERS + ","
            + Topics.DEAD_LETTERS;

    private final TopicProbe probe = TopicProbe.forRealInfrastructure();

    static InterviewContext context(Language language, String... stages) {
        List<PlannedStage> plan = Arrays.stream(stages).map(stage -> new PlannedStage(stage, 1.0 / stages.length)).toList();
        return new InterviewContext(new Candidate("Ada Lovelace", "ada@example.com"),
                new Position("Backend Engineer", "senior", "London"), language, plan);
    }

    void publish(String topic, InterviewEvent event) {
        probe.send(topic, event.interviewId().toString(), EventCodec.encode(event));
    }

    void publishRaw(String topic, UUID interviewId, String value) {
        probe.send(topic, interviewId.toString(), value);
    }

    AnswerSubmitted answer(QuestionAsked question, String text) {
        AnswerSubmitted answer = AnswerSubmitted.of(question.interviewId(), question.stage(), question.questionId(), text);
        publish(Topics.ANSWERS, answer);
        return answer;
    }

    QuestionAsked awaitQuestion(UUID interviewId, String questionId) {
        ConsumerRecord<String, String> record = probe.awaitRecord(Topics.QUESTIONS,
                r -> r.key().equals(interviewId.toString()) && question(r).questionId().equals(questionId), TIMEOUT);
        return question(record);
    }

    List<QuestionAsked> questions(UUID interviewId) {
        return probe.readAll(Topics.QUESTIONS, TIMEOUT).stream()
                .filter(r -> r.key().equals(interviewId.toString()))
                .map(StageDriver::question)
                .toList();
    }

    StageCompleted awaitStageCompleted(UUID interviewId, String stage) {
        ConsumerRecord<String, String> record = probe.awaitRecord(Topics.STAGE_COMPLETED,
                r -> r.key().equals(interviewId.toString())
                        && EventCodec.decode(r.value(), StageCompleted.class).stage().equals(stage), TIMEOUT);
        return EventCodec.decode(record.value(), StageCompleted.class);
    }

    /**
     * Answers every question of the stage as the gateway would, with {@code answers} keyed by question id, and
     * returns the stage-completed event it emits. Which question comes next (a follow-up or the next main
     * question) is predicted with the stage's own bank, so the driver also checks the stage asks exactly that.
     */
    StageCompleted interview(StageCompleted previous, String stage, Map<String, String> answers) {
        RubricInterviewer expected = new RubricInterviewer(StageBankLoader.fromClasspath(stage));
        Language language = previous.context().language();
        Optional<Ask> next = Optional.of(expected.opening(language));
        publish(Topics.STAGE_COMPLETED, previous);
        while (next.isPresent()) {
            Ask ask = next.get();
            String text = answers.get(ask.questionId());
            if (text == null) {
                throw new IllegalArgumentException("no answer for " + ask.questionId());
            }
            answer(awaitQuestion(previous.interviewId(), ask.questionId()), text);
            next = expected.next(language, ask, text);
        }
        return awaitStageCompleted(previous.interviewId(), stage);
    }

    ConsumerRecord<String, String> awaitDeadLetter(String value) {
        return probe.awaitRecord(Topics.DEAD_LETTERS, r -> value.equals(r.value()), TIMEOUT);
    }

    private static QuestionAsked question(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value(), QuestionAsked.class);
    }

    @Override
    public void close() {
        probe.close();
    }
}
