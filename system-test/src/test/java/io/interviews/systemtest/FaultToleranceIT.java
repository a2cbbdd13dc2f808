package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.ServiceSpec;
import io.interviews.deploy.stack.SimulatedCandidate.AnsweredQuestion;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.systemtest.InterviewTraffic.Done;
import io.interviews.systemtest.InterviewTraffic.Finished;
import io.interviews.systemtest.InterviewTraffic.Pending;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crashes under load. While eight candidates of mixed personas take interviews back to back, each service in turn
 * and then the Kafka broker is killed with SIGKILL at a moment when work for it is in flight, and restarted at
 * once on the same port (the broker with its data), as Kubernetes restarts a crashed pod. Every interview must
 * reach its letter with each question answered once and each stage completed once, nothing may be
 * dead-lettered, and no candidate may wait more than 15 s for the next question. Each crash comes once every candidate
 * caught in the one before has their next question, so that a wait measures one crash, as the target means.
 *
 * <p>A candidate's longest wait is the restart of the killed component on two cores shared with seven JVMs, the
 * broker and the database: the services map the class data of an earlier run (the local stack's
 * {@code ClassDataArchive}) and take their partitions back at once (static membership), and the broker's return
 * makes no consumer group rebalance ({@code KafkaBroker.CLIENT_METADATA_RECOVERY}). Nothing may wait for a dead
 * member's session, a lost partition or a stuck relay.
 *
 * <p>Runs in its own surefire execution (tag {@code crashes}) with its own stack ({@code target/fault-stack}), after
 * the module's shared system is closed. Prints the recovery time of each crash: until the component is ready again, and until
 * the work that was in flight when it died is done.
 */
@Tag("crashes")
class FaultToleranceIT {

    private static final int CANDIDATES = 8;
    private static final Duration WAIT_TARGET = Duration.ofSeconds(15);
    private static final Duration WORK_IN_FLIGHT_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(90);
    private static final String BROKER = "kafka-broker";
    private static final List<String> STAGES = List.of(StageCompleted.INTAKE, "tech", "hr", "boss");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A component to crash, the work in flight that makes the crash matter, and whether its recovery shows in a
     * drafted letter (scoring and offers) rather than in the next move of the interview whose work was in flight.
     */
    private record Fault(String component, Predicate<Pending> inFlight, boolean recoveryShowsInALetter) {

        static Fault stage(String stage) {
            return new Fault("interviewer-" + stage, pending -> stage.equals(pending.awaiting()), false);
        }

        /** Killed right after a candidate answered the last planned boss question, so an interview is about to score. */
        static Fault afterTheStages(String component) {
            return new Fault(component, pending -> "boss".equals(pending.awaiting()) && pending.lastPlannedQuestion(),
                    true);
        }

        static Fault anyAnswer(String component) {
            return new Fault(component, pending -> !InterviewTraffic.LETTER.equals(pending.awaiting()), false);
        }
    }

    /**
     * One crash: how long after the kill the component was ready again, and the first progress after that of the
     * interview whose work was in flight (for scoring and offers: the first letter of an interview that finished its
     * stages after the kill).
     */
    private record Recovery(String component, long killedAtNanos, Duration ready, Duration workDone,
                            Duration longestCandidateWait) {

        String describe(long startNanos) {
            return String.format(Locale.ROOT, "%-16s killed at %5.1f s: ready after %4.1f s, work in flight done after"
                            + " %4.1f s, longest candidate wait around it %4.1f s", component,
                    seconds(Duration.ofNanos(killedAtNanos - startNanos)), seconds(ready), seconds(workDone),
                    seconds(longestCandidateWait));
        }
    }

    @Test
    void everyInterviewCompletesOnceWhileEachServiceAndThenTheBrokerIsKilled() {
        List<Fault> faults = List.of(Fault.stage("tech"), Fault.stage("hr"), Fault.stage("boss"),
                Fault.afterTheStages("scoring-service"), Fault.afterTheStages("offer-service"),
                Fault.anyAnswer("gateway"), Fault.anyAnswer(BROKER));
        try (LocalStack stack = LocalStack.start(LiveSystem.PROJECT_ROOT,
                LiveSystem.PROJECT_ROOT.resolve("system-test/target/fault-stack"), servicesForManyCandidates())) {
            InterviewClient client = new InterviewClient(stack.gatewayUrl());
            List<Recovery> recoveries = new ArrayList<>();
            List<Finished> finished;
            List<Done> waits;
            long startNanos = System.nanoTime();
            try (InterviewTraffic traffic = new InterviewTraffic(client, stack.recruiterKey(), CANDIDATES)) {
                traffic.start();
                for (Fault fault : faults) {
                    recoveries.add(crash(stack, traffic, fault));
                }
                traffic.stopStartingInterviews();
                finished = traffic.awaitFinished(Duration.ofMinutes(4));
                waits = traffic.done();
                report(startNanos, recoveries, finished, waits);
            }
            assertEachInterviewCompletedExactlyOnce(stack, client, finished);
            assertNoCandidateWaitedOverTheTarget(waits);
        }
    }

    /** The gateway taking every request of the candidates, who all come from one address. */
    private static List<ServiceSpec> servicesForManyCandidates() {
        return ServiceSpec.defaults().stream().map(service -> !"gateway".equals(service.name()) ? service
                : service.withEnv(Map.of(
                        "INTERVIEW_GATEWAY_RATE_LIMITS_REGISTRATIONS_PER_ADDRESS", "100000",
                        "INTERVIEW_GATEWAY_RATE_LIMITS_ANSWERS_PER_ADDRESS", "100000"))).toList();
    }

    private static Recovery crash(LocalStack stack, InterviewTraffic traffic, Fault fault) {
        Pending inFlight = traffic.awaitPending(fault.inFlight(), WORK_IN_FLIGHT_TIMEOUT);
        long killedAt = System.nanoTime();
        if (BROKER.equals(fault.component())) {
            stack.killBroker();
            stack.restartBroker();
        } else {
            stack.killService(fault.component());
            stack.restartService(fault.component());
        }
        long readyAt = System.nanoTime();
        Done recovered = traffic.awaitDone(fault.recoveryShowsInALetter()
                ? done -> InterviewTraffic.LETTER.equals(done.awaited()) && done.sinceNanos() > killedAt
                        && done.atNanos() > readyAt
                : done -> inFlight.interviewId().equals(done.interviewId()) && done.atNanos() > readyAt,
                RECOVERY_TIMEOUT);
        // the next crash comes once every candidate caught in this one has their question: a wait spans one crash
        traffic.awaitQuestionsForAnswersBefore(readyAt, RECOVERY_TIMEOUT);
        Duration longestWait = traffic.done().stream()
                .filter(done -> !InterviewTraffic.LETTER.equals(done.awaited()))
                .filter(done -> done.atNanos() > killedAt && done.sinceNanos() < recovered.atNanos())
                .map(Done::waited).max(Duration::compareTo).orElse(Duration.ZERO);
        return new Recovery(fault.component(), killedAt, Duration.ofNanos(readyAt - killedAt),
                Duration.ofNanos(recovered.atNanos() - killedAt), longestWait);
    }

    private static void report(long startNanos, List<Recovery> recoveries, List<Finished> finished, List<Done> done) {
        List<Duration> answerWaits = done.stream().filter(d -> !InterviewTraffic.LETTER.equals(d.awaited()))
                .map(Done::waited).sorted().toList();
        Duration longestLetterWait = done.stream().filter(d -> InterviewTraffic.LETTER.equals(d.awaited()))
                .map(Done::waited).max(Duration::compareTo).orElse(Duration.ZERO);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%nFault tolerance: %d interviews by %d concurrent candidates, %d answers; candidate wait for the next "
                        + "question: median %.2f s, p99 %.2f s, longest %.2f s, %d over the %d s target; longest wait "
                        + "for the letter after the last answer %.1f s%n", finished.size(), CANDIDATES,
                answerWaits.size(), seconds(percentile(answerWaits, 0.5)), seconds(percentile(answerWaits, 0.99)),
                seconds(percentile(answerWaits, 1.0)),
                answerWaits.stream().filter(wait -> wait.compareTo(WAIT_TARGET) > 0).count(), WAIT_TARGET.toSeconds(),
                seconds(longestLetterWait)));
        recoveries.forEach(recovery -> report.append("  ").append(recovery.describe(startNanos)).append('\n'));
        done.stream().filter(d -> !InterviewTraffic.LETTER.equals(d.awaited()))
                .sorted(Comparator.comparing(Done::waited).reversed()).limit(3)
                .forEach(d -> report.append(String.format(Locale.ROOT,
                        "  a long wait: interview %s answered at %5.1f s and waited %4.1f s for %s%n", d.interviewId(),
                        seconds(Duration.ofNanos(d.sinceNanos() - startNanos)), seconds(d.waited()), d.awaited())));
        System.out.println(report);
    }

    private static void assertNoCandidateWaitedOverTheTarget(List<Done> done) {
        List<String> tooLong = done.stream()
                .filter(d -> !InterviewTraffic.LETTER.equals(d.awaited()))
                .filter(d -> d.waited().compareTo(WAIT_TARGET) > 0)
                .map(d -> String.format(Locale.ROOT, "interview %s waited %.1f s after a %s answer", d.interviewId(),
                        seconds(d.waited()), d.awaited()))
                .toList();
        assertTrue(tooLong.isEmpty(), "candidates waited longer than " + WAIT_TARGET.toSeconds()
                + " s for the next question:\n" + String.join("\n", tooLong));
    }

    /**
     * Each interview reached its letter; the recruiter sees every question answered once, in the order the
     * candidate answered; the topics hold one answer event per question and one stage-completed event per stage
     * (a record the relay published again after a crash carries the same event id, and consumers drop it); no
     * record was dead-lettered.
     */
    private static void assertEachInterviewCompletedExactlyOnce(LocalStack stack, InterviewClient client,
                                                                List<Finished> finished) {
        List<ConsumerRecord<String, String>> answers;
        List<ConsumerRecord<String, String>> stagesCompleted;
        List<ConsumerRecord<String, String>> deadLetters;
        try (TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers())) {
            answers = topics.readAll(Topics.ANSWERS, Duration.ofSeconds(30));
            stagesCompleted = topics.readAll(Topics.STAGE_COMPLETED, Duration.ofSeconds(30));
            deadLetters = topics.readAll(Topics.DEAD_LETTERS, Duration.ofSeconds(30));
        }
        Map<String, Map<String, Set<String>>> answerEventIds = eventIdsByInterview(answers,
                value -> EventCodec.decode(value, AnswerSubmitted.class), AnswerSubmitted::questionId);
        Map<String, Map<String, Set<String>>> stageEventIds = eventIdsByInterview(stagesCompleted,
                value -> EventCodec.decode(value, StageCompleted.class), StageCompleted::stage);

        List<String> violations = new ArrayList<>();
        for (Finished interview : finished) {
            String id = interview.interviewId();
            JsonNode view = readJson(client.recruiterView(id, stack.recruiterKey()));
            if (!"AWAITING_DECISION".equals(view.path("status").asText()) || view.path("letter").path("kind").isMissingNode()) {
                violations.add(id + " has no drafted letter: " + view.path("status").asText());
            }
            List<String> asked = new ArrayList<>();
            view.path("questions").forEach(question -> {
                asked.add(question.path("questionId").asText());
                if (!question.path("answer").isTextual()) {
                    violations.add(id + " left question " + question.path("questionId").asText() + " unanswered");
                }
            });
            List<String> answeredByCandidate = interview.answered().stream().map(AnsweredQuestion::questionId).toList();
            if (!asked.equals(answeredByCandidate)) {
                violations.add(id + ": the recruiter sees " + asked + ", the candidate answered " + answeredByCandidate);
            }
            violations.addAll(eachExactlyOnce(id, "question", answerEventIds.getOrDefault(id, Map.of()), asked));
            violations.addAll(eachExactlyOnce(id, "stage", stageEventIds.getOrDefault(id, Map.of()), STAGES));
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
        assertEquals(List.of(), deadLetters, () -> "dead letters:\n" + TopicProbe.describe(deadLetters));
    }

    /** What is wrong with one interview's events per question or stage: one event each, for exactly the expected ones. */
    private static List<String> eachExactlyOnce(String interviewId, String part, Map<String, Set<String>> eventIds,
                                                List<String> expected) {
        List<String> violations = new ArrayList<>();
        eventIds.forEach((key, ids) -> {
            if (ids.size() != 1) {
                violations.add(interviewId + ": " + part + " " + key + " has " + ids.size() + " events: " + ids);
            }
        });
        if (!eventIds.keySet().equals(new TreeSet<>(expected))) {
            violations.add(interviewId + ": events for " + part + "s " + eventIds.keySet() + ", expected " + expected);
        }
        return violations;
    }

    /** Per interview, per {@code part} (question or stage): the distinct ids of the events on the topic. */
    private static <E extends io.interviews.events.InterviewEvent> Map<String, Map<String, Set<String>>> eventIdsByInterview(
            List<ConsumerRecord<String, String>> records, Function<String, E> decode, Function<E, String> part) {
        Map<String, Map<String, Set<String>>> byInterview = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            E event = decode.apply(record.value());
            byInterview.computeIfAbsent(event.interviewId().toString(), id -> new TreeMap<>())
                    .computeIfAbsent(part.apply(event), key -> new TreeSet<>())
                    .add(event.eventId().toString());
        }
        return byInterview;
    }

    private static Duration percentile(List<Duration> sorted, double fraction) {
        return sorted.isEmpty() ? Duration.ZERO
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }
}
