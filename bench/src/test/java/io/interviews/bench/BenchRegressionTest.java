package io.interviews.bench;

import io.interviews.bench.BenchResult.ProcessCost;
import io.interviews.deploy.stack.LocalStack;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small bench in every build, on a stack of its own: 8 candidates take 16 interviews. It fails only on a large
 * regression: an interview lost, an answer or stage completion duplicated or missing on the topics, something
 * dead-lettered, or answer → next question p90 over 2 s (0.75–1.46 s here while other builds loaded the 2 cores).
 * Then it restarts one interviewer the way {@code bench --restarts} does, which must come back ready.
 * The numbers worth comparing come from the {@code bench} command, not from this test.
 */
class BenchRegressionTest {

    private static final Path PROJECT_ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final int CANDIDATES = 8;
    private static final int INTERVIEWS = 16;
    private static final double ANSWER_TO_NEXT_QUESTION_P90_BOUND_MILLIS = 2000;
    /** The heaviest start-up: its embedding tables are read before it is ready. */
    private static final String RESTARTED = "interviewer-tech";

    @Test
    void sixteenInterviewsByEightCandidatesCompleteOnceWithTheNextQuestionWithinTwoSeconds() {
        BenchResult result;
        StartupTimes interviewerRestart;
        long starting = System.nanoTime();
        try (LocalStack stack = LocalStack.start(PROJECT_ROOT, PROJECT_ROOT.resolve("bench/target/regression-stack"),
                Target.servicesForBench(Optional.empty()))) {
            result = Bench.run(Target.of(stack), (System.nanoTime() - starting) / 1e9, CANDIDATES, INTERVIEWS, 200, false);
            interviewerRestart = StartupTimes.measure(stack, List.of(RESTARTED), 1);
            assertTrue(stack.service(RESTARTED).isAlive(), RESTARTED + " runs again after its measured restart");
        }
        BenchReport.write(result, PROJECT_ROOT.resolve("bench/target/bench/regression"));
        System.out.println(BenchReport.text(result));
        System.out.print(interviewerRestart.text());

        assertEquals(INTERVIEWS, result.interviewsCompleted(), () -> "lost: " + result.failures());
        assertNotNull(result.audit());
        assertTrue(result.audit().clean(), () -> String.join("\n", result.audit().violations()));
        assertTrue(result.answers() > INTERVIEWS, "every interview asks several questions");
        assertNotNull(result.floor(), "the floor is measured in the same run");
        assertNotNull(result.brainCpuMillisPerAnswer(), "the stages' brains are metered on a stack the bench started");
        assertTrue(result.brainCpuMillisPerAnswer() > 0 && result.brainCpuMillisPerAnswer() < result.cpuMillisPerAnswer(),
                "the brains' CPU " + result.brainCpuMillisPerAnswer() + " ms per answer is a part of the stack's "
                        + result.cpuMillisPerAnswer() + " ms");
        result.processes().forEach(process -> assertTrue(
                process.anonymousMegabytes() > 0 && process.anonymousMegabytes() <= process.rssMegabytes(),
                process.name() + ": its anonymous memory is a part of its resident memory: " + process));
        List<ProcessCost> services = result.processes().stream()
                .filter(process -> !List.of("kafka-broker", "postgresql").contains(process.name())).toList();
        assertEquals(6, services.size(), () -> "the six services are metered: " + result.processes());
        services.forEach(service -> assertTrue(service.gcPauses() != null && service.gcPauses() >= 0
                && service.gcPauseMillis() >= 0, service.name() + " reports its collections: " + service));
        assertTrue(services.stream().mapToInt(ProcessCost::gcPauses).sum() > 0,
                () -> "the services collected garbage during the load: " + services);
        assertEquals(result.latencies().get(Measurements.ANSWER_TO_NEXT_QUESTION).p50() - result.brainCpuMillisPerAnswer(),
                result.floor().platformOverheadMillis(), 1e-9, "the platform's share of the wait is reported");
        double p90 = result.latencies().get(Measurements.ANSWER_TO_NEXT_QUESTION).p90();
        assertTrue(p90 < ANSWER_TO_NEXT_QUESTION_P90_BOUND_MILLIS,
                "answer → next question p90 " + p90 + " ms is over " + ANSWER_TO_NEXT_QUESTION_P90_BOUND_MILLIS + " ms");
    }
}
