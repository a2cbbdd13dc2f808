package io.interviews.bench;

import io.interviews.bench.TimedInterview.Gateway;
import io.interviews.bench.TimedInterview.Outcome;
import io.interviews.deploy.stack.SimulatedCandidate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code candidates} simulated candidates at once, each taking interviews back to back until {@code interviews}
 * have been started in all. Personas and languages alternate (strong and weak, English and Chinese) so that
 * interviews of every length and both banks are in the mix.
 */
final class CandidateLoad {

    private static final List<List<String>> PERSONAS = List.of(
            List.of("strong", "en"), List.of("weak", "zh"), List.of("strong", "zh"), List.of("weak", "en"));

    /** Every interview's outcome, and how long the whole load took (from the first invitation to the last letter). */
    record Result(List<Outcome> outcomes, Duration elapsed) {

        int answers() {
            return outcomes.stream().mapToInt(outcome -> outcome.answeredQuestionIds().size()).sum();
        }
    }

    private CandidateLoad() {
    }

    static Result run(Gateway gateway, int candidates, int interviews, Measurements measured, Duration patience) {
        AtomicInteger started = new AtomicInteger();
        ExecutorService seats = Executors.newFixedThreadPool(candidates);
        long start = System.nanoTime();
        try {
            List<CompletableFuture<List<Outcome>>> seatsDone = new ArrayList<>();
            for (int seat = 0; seat < candidates; seat++) {
                seatsDone.add(CompletableFuture.supplyAsync(() -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    for (int number = started.incrementAndGet(); number <= interviews; number = started.incrementAndGet()) {
                        List<String> persona = PERSONAS.get(number % PERSONAS.size());
                        outcomes.add(TimedInterview.take(gateway, new SimulatedCandidate(persona.get(0), persona.get(1)),
                                number, measured, patience));
                    }
                    return outcomes;
                }, seats));
            }
            List<Outcome> outcomes = seatsDone.stream().flatMap(seat -> seat.join().stream()).toList();
            return new Result(outcomes, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            seats.shutdownNow();
        }
    }
}
