package io.interviews.systemtest;

import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.SimulatedCandidate;
import io.interviews.deploy.stack.SimulatedCandidate.AnsweredQuestion;
import io.interviews.deploy.stack.SimulatedCandidate.GatewayOutage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Simulated candidates of mixed personas and languages, each taking interviews back to back through the gateway
 * until told to stop, riding out a gateway that cannot be reached. Records the work the system owes each
 * candidate at any moment (the next question after an answer, or the letter after the last one) and, once done,
 * how long it took.
 */
final class InterviewTraffic implements AutoCloseable {

    /** What a candidate awaits once its interview has left {@code IN_PROGRESS}: scoring and the drafted letter. */
    static final String LETTER = "letter";
    private static final List<List<String>> PERSONAS = List.of(
            List.of("strong", "en"), List.of("weak", "zh"), List.of("strong", "zh"), List.of("weak", "en"));
    private static final Duration INTERVIEW_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    /**
     * Work the system owes a candidate since {@code sinceNanos}: the move after an answer to a question of stage
     * {@code awaiting} ({@code lastPlannedQuestion} when it was the stage's last planned main question), or
     * {@link #LETTER}.
     */
    record Pending(String interviewId, String awaiting, boolean lastPlannedQuestion, long sinceNanos) {
    }

    /** Work done: what the candidate awaited, from when ({@code sinceNanos}) until it saw the result ({@code atNanos}). */
    record Done(String interviewId, String awaited, long sinceNanos, long atNanos) {

        Duration waited() {
            return Duration.ofNanos(atNanos - sinceNanos);
        }
    }

    /** An interview taken to its drafted letter. */
    record Finished(InterviewClient.Registration interview, String persona, String language,
                    List<AnsweredQuestion> answered) {

        String interviewId() {
            return interview.interviewId();
        }
    }

    private final InterviewClient client;
    private final String recruiterKey;
    private final int candidates;
    private final ExecutorService seats;
    private final List<CompletableFuture<List<Finished>>> runs = new ArrayList<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final List<Done> done = new CopyOnWriteArrayList<>();
    private final AtomicInteger interviewsStarted = new AtomicInteger();
    private volatile boolean stopping;

    /** Candidates invited by a recruiter with {@code recruiterKey}. */
    InterviewTraffic(InterviewClient client, String recruiterKey, int candidates) {
        this.client = client;
        this.recruiterKey = recruiterKey;
        this.candidates = candidates;
        this.seats = Executors.newFixedThreadPool(candidates);
    }

    void start() {
        for (int seat = 0; seat < candidates; seat++) {
            List<String> persona = PERSONAS.get(seat % PERSONAS.size());
            runs.add(CompletableFuture.supplyAsync(() -> interviewsBackToBack(persona.get(0), persona.get(1)), seats));
        }
    }

    /** Lets every candidate finish the interview it is taking, and start no new one. */
    void stopStartingInterviews() {
        stopping = true;
    }

    /** Every interview taken, once each candidate has finished its last; rethrows what stopped a candidate. */
    List<Finished> awaitFinished(Duration timeout) {
        try {
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return runs.stream().flatMap(run -> run.join().stream()).toList();
        } catch (java.util.concurrent.ExecutionException | CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the candidates did not finish within " + timeout.toSeconds() + " s; still pending: "
                    + pending.values());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The newest work owed that matches, as soon as there is some. */
    Pending awaitPending(Predicate<Pending> match, Duration timeout) {
        return await("pending work", timeout, () -> pending.values().stream().filter(match)
                .max(Comparator.comparingLong(Pending::sinceNanos)));
    }

    /** The first work done (in order of completion) that matches, as soon as there is some. */
    Done awaitDone(Predicate<Done> match, Duration timeout) {
        return await("work done", timeout, () -> done.stream().filter(match)
                .min(Comparator.comparingLong(Done::atNanos)));
    }

    /** Returns once every answer given before {@code nanos} has its next question (the letter aside). */
    void awaitQuestionsForAnswersBefore(long nanos, Duration timeout) {
        await("the next question for every answer given before then", timeout, () -> pending.values().stream()
                .noneMatch(owed -> !LETTER.equals(owed.awaiting()) && owed.sinceNanos() < nanos)
                ? Optional.of(nanos) : Optional.empty());
    }

    /** Everything done so far. */
    List<Done> done() {
        return List.copyOf(done);
    }

    private List<Finished> interviewsBackToBack(String persona, String language) {
        List<Finished> finished = new ArrayList<>();
        do {
            finished.add(takeInterview(new SimulatedCandidate(persona, language), interviewsStarted.incrementAndGet()));
        } while (!stopping);
        return finished;
    }

    private Finished takeInterview(SimulatedCandidate candidate, int number) {
        // an invitation whose response was lost is sent again: the first interview is then left unanswered, and
        // none of the assertions are about it
        InterviewClient.Registration interview = SimulatedCandidate.whenReachable(() -> client.invite(
                new InterviewClient.Application(
                        Map.of("name", "Candidate " + number, "email", "candidate-" + number + "@example.com"),
                        Map.of("title", "Backend Engineer", "level", "senior", "location", "London"),
                        candidate.language(), null), recruiterKey), INTERVIEW_TIMEOUT);
        String id = interview.interviewId();
        List<AnsweredQuestion> answered = candidate.takeInterview(client, interview, INTERVIEW_TIMEOUT,
                GatewayOutage.RETRY,
                exchange -> pending.put(id, new Pending(id, exchange.stage(),
                        !exchange.followUp() && exchange.number() >= exchange.plannedQuestions(), System.nanoTime())),
                wait -> {
                    long now = System.nanoTime();
                    pending.remove(id);
                    done.add(new Done(id, wait.stage(), now - wait.waited().toNanos(), now));
                });
        Pending letter = new Pending(id, LETTER, false, System.nanoTime());
        pending.put(id, letter);
        SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", INTERVIEW_TIMEOUT, GatewayOutage.RETRY);
        pending.remove(id);
        done.add(new Done(id, LETTER, letter.sinceNanos(), System.nanoTime()));
        return new Finished(interview, candidate.persona(), candidate.language(), answered);
    }

    /** Polls {@code find} until it finds something; fails at once when a candidate has failed. */
    private <T> T await(String what, Duration timeout, Supplier<Optional<T>> find) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = find.get();
            if (found.isPresent()) {
                return found.get();
            }
            runs.stream().filter(CompletableFuture::isCompletedExceptionally).findFirst().ifPresent(CompletableFuture::join);
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("no matching " + what + " within " + timeout.toSeconds() + " s; "
                        + done.size() + " waits done, pending now: " + pending.values());
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        stopping = true;
        seats.shutdownNow();
    }
}
