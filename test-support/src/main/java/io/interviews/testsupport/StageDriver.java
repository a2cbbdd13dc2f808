package io.interviews.testsupport;

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
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Drives an interviewer stage over {@link RealInfrastructure}'s broker the way the gateway and the other stages
 * do: publishes the stage-completed event that starts it, answers its questions, and reads what it emits.
 */
public final class StageDriver {

    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final TopicProbe probe = TopicProbe.shared();

    /**
     * The questions a stage should ask, as its own question bank predicts them: the opening question, then the
     * one after each answer (empty once the stage is complete). Given by each stage's tests from stage-kit's
     * interviewer ({@code interviewer::opening, interviewer::next, Ask::questionId}): test-support sits below
     * stage-kit in the build, so it cannot name stage-kit's types.
     */
    public record QuestionPlan<Q>(Function<Language, Q> opening, NextQuestion<Q> next, Function<Q, String> questionId) {
    }

    @FunctionalInterface
    public interface NextQuestion<Q> {
        Optional<Q> after(Language language, Q answered, String answer);
    }

    /** An interview context for the fictional candidate the stage tests use, with {@code stages} weighted equally. */
    public static InterviewContext context(Language language, String... stages) {
        List<PlannedStage> plan = Arrays.stream(stages).map(stage -> new PlannedStage(stage, 1.0 / stages.length)).toList();
        return new InterviewContext(new Candidate("Ada Lovelace", "ada@example.com"),
                new Position("Backend Engineer", "senior", "London"), language, plan);
    }

    public void publish(String topic, InterviewEvent event) {
        probe.send(topic, event.interviewId().toString(), EventCodec.encode(event));
    }

    /** Publishes any text as a record of the interview, for what a stage must reject. */
    public void publishRaw(String topic, UUID interviewId, String value) {
        probe.send(topic, interviewId.toString(), value);
    }

    public AnswerSubmitted answer(QuestionAsked question, String text) {
        AnswerSubmitted answer = AnswerSubmitted.of(question.interviewId(), question.stage(), question.questionId(), text);
        publish(Topics.ANSWERS, answer);
        return answer;
    }

    public QuestionAsked awaitQuestion(UUID interviewId, String questionId) {
        ConsumerRecord<String, String> record = probe.awaitRecord(Topics.QUESTIONS,
                r -> r.key().equals(interviewId.toString()) && question(r).questionId().equals(questionId), TIMEOUT);
        return question(record);
    }

    /** The question asked after {@code previous}: its follow-up, or the next main question. */
    public QuestionAsked awaitNextQuestion(QuestionAsked previous) {
        ConsumerRecord<String, String> record = probe.awaitRecord(Topics.QUESTIONS, r -> {
            if (!r.key().equals(previous.interviewId().toString())) {
                return false;
            }
            QuestionAsked next = question(r);
            return next.followUp() ? next.number() == previous.number() && !previous.followUp()
                    : next.number() == previous.number() + 1;
        }, TIMEOUT);
        return question(record);
    }

    /** Every question asked in the interview so far, in the order asked. */
    public List<QuestionAsked> questions(UUID interviewId) {
        return probe.readAll(Topics.QUESTIONS, TIMEOUT).stream()
                .filter(r -> r.key().equals(interviewId.toString()))
                .map(StageDriver::question)
                .toList();
    }

    public StageCompleted awaitStageCompleted(UUID interviewId, String stage) {
        ConsumerRecord<String, String> record = probe.awaitRecord(Topics.STAGE_COMPLETED,
                r -> r.key().equals(interviewId.toString())
                        && EventCodec.decode(r.value(), StageCompleted.class).stage().equals(stage), TIMEOUT);
        return EventCodec.decode(record.value(), StageCompleted.class);
    }

    /**
     * Answers every question of the stage as the gateway would, with {@code answers} keyed by question id, and
     * returns the stage-completed event it emits. Which question comes next (a follow-up or the next main
     * question) is predicted with {@code plan}, so the driver also checks the stage asks exactly that.
     */
    public <Q> StageCompleted interview(StageCompleted previous, String stage, Map<String, String> answers,
                                        QuestionPlan<Q> plan) {
        Language language = previous.context().language();
        Optional<Q> next = Optional.of(plan.opening().apply(language));
        publish(Topics.STAGE_COMPLETED, previous);
        while (next.isPresent()) {
            String questionId = plan.questionId().apply(next.get());
            String text = answers.get(questionId);
            if (text == null) {
                throw new IllegalArgumentException("no answer for " + questionId);
            }
            answer(awaitQuestion(previous.interviewId(), questionId), text);
            next = plan.next().after(language, next.get(), text);
        }
        return awaitStageCompleted(previous.interviewId(), stage);
    }

    public ConsumerRecord<String, String> awaitDeadLetter(String value) {
        return probe.awaitRecord(Topics.DEAD_LETTERS, r -> value.equals(r.value()), TIMEOUT);
    }

    private static QuestionAsked question(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value(), QuestionAsked.class);
    }
}
