package io.interviews.bench;

import io.interviews.bench.BenchResult.FloorResult;
import io.interviews.bench.BenchResult.ProcessCost;
import io.interviews.bench.TimedInterview.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One bench run against a {@link Target}: candidates take the interviews while the stack's processes are metered,
 * then the floor is measured on the same broker and database and the topics are audited.
 */
final class Bench {

    /** How long a candidate waits for the next thing the stream should show before the interview counts as lost. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int FLOOR_WARM_UP = 1000;
    private static final int FAILURES_KEPT = 20;
    /** How long the stack's processes are metered at rest before the load, for their cost when nothing happens. */
    static final Duration IDLE_WINDOW = Duration.ofSeconds(5);

    private Bench() {
    }

    /** @param modelPrompts whether the stages ran the {@code openai} brain, whose prompts are then read per turn */
    static BenchResult run(Target target, Double stackReadySeconds, int candidates, int interviews, int floorSamples,
                           boolean modelPrompts) {
        String startedAt = Instant.now().toString();
        String loadBefore = loadAverage();
        Measurements measured = new Measurements();
        Map<StackProcess, Double> idleFrom = cpuMillis(target.processes());
        if (!target.processes().isEmpty()) {
            pause(IDLE_WINDOW);
        }
        Map<StackProcess, Double> cpuBefore = cpuMillis(target.processes());
        Map<String, ServiceMetrics.Reading> metricsBefore = ServiceMetrics.read(target.metricsUrls());
        CandidateLoad.Result load = CandidateLoad.run(TimedInterview.Gateway.at(target.gatewayUrl(), target.recruiterKey()),
                candidates, interviews, measured, PATIENCE);
        Map<StackProcess, Double> cpuAfter = cpuMillis(target.processes());
        Map<String, ServiceMetrics.Reading> duringLoad = new LinkedHashMap<>();
        ServiceMetrics.read(target.metricsUrls()).forEach((service, after) ->
                duringLoad.put(service, after.minus(metricsBefore.get(service))));
        double brainMillis = duringLoad.values().stream().mapToDouble(ServiceMetrics.Reading::brainCpuSeconds).sum() * 1000;
        String machine = Runtime.getRuntime().availableProcessors() + " cores, load average " + loadBefore
                + " before the load, " + loadAverage() + " after it";

        int answers = load.answers();
        double seconds = load.elapsed().toNanos() / 1e9;
        List<ProcessCost> costs = target.processes().stream().map(process -> {
            double cpu = cpuAfter.get(process) - cpuBefore.get(process);
            double idlePerSecond = (cpuBefore.get(process) - idleFrom.get(process)) / (IDLE_WINDOW.toMillis() / 1000.0);
            ServiceMetrics.Reading own = duringLoad.get(process.name());
            return new ProcessCost(process.name(), cpu, perAnswer(cpu, answers), idlePerSecond,
                    perAnswer(cpu - idlePerSecond * seconds, answers), process.rssMegabytes(),
                    process.anonymousMegabytes(), own == null ? null : (int) Math.round(own.gcPauses()),
                    own == null ? null : own.gcPauseSeconds() * 1000);
        }).toList();
        Double cpuPerAnswer = costs.isEmpty() ? null : costs.stream().mapToDouble(ProcessCost::cpuMillisPerAnswer).sum();
        Double cpuPerAnswerAboveIdle = costs.isEmpty() ? null
                : costs.stream().mapToDouble(ProcessCost::cpuMillisPerAnswerAboveIdle).sum();
        Double brainPerAnswer = target.metricsUrls().isEmpty() ? null : perAnswer(brainMillis, answers);

        Map<String, Samples.Summary> latencies = new LinkedHashMap<>();
        Map<String, List<Double>> distributions = new LinkedHashMap<>();
        measured.byName().forEach((name, samples) -> {
            List<Double> sorted = samples.sortedMillis();
            latencies.put(name, Samples.Summary.of(sorted));
            distributions.put(name, sorted);
        });
        FloorResult floor = null;
        if (target.kafka().isPresent() && target.database().isPresent()) {
            Samples kafka = Floor.kafkaRoundTrips(target.kafka().get(), FLOOR_WARM_UP, floorSamples);
            Samples postgres = Floor.postgresCommits(target.database().get(), FLOOR_WARM_UP / 5, floorSamples);
            distributions.put("floor: Kafka produce → consume", kafka.sortedMillis());
            distributions.put("floor: PostgreSQL durable commit", postgres.sortedMillis());
            double twoHops = 2 * (kafka.summary().p50() + postgres.summary().p50());
            double answerToNextQuestion = latencies.get(Measurements.ANSWER_TO_NEXT_QUESTION).p50();
            floor = new FloorResult(kafka.summary(), postgres.summary(), twoHops, answerToNextQuestion / twoHops,
                    brainPerAnswer == null ? null : answerToNextQuestion - brainPerAnswer);
        }
        List<Outcome> outcomes = load.outcomes();
        TopicAudit audit = target.kafka()
                .map(kafka -> TopicAudit.of(kafka, outcomes.stream().filter(o -> o.interviewId() != null).toList()))
                .orElse(null);
        List<String> failures = outcomes.stream().filter(outcome -> !outcome.completed())
                .map(outcome -> outcome.interviewId() + ": " + outcome.failure()).limit(FAILURES_KEPT).toList();
        int completed = (int) outcomes.stream().filter(Outcome::completed).count();
        ModelPrompts prompts = !modelPrompts ? null : target.database()
                .map(database -> ModelPrompts.read(database, target.stageServices(), outcomes.stream()
                        .filter(outcome -> outcome.interviewId() != null)
                        .map(outcome -> UUID.fromString(outcome.interviewId())).toList()))
                .orElseThrow(() -> new IllegalStateException("the model's prompts are read from the stages' database"));
        return new BenchResult(startedAt, target.description(), machine, stackReadySeconds, candidates, interviews, completed,
                outcomes.size() - completed, failures, answers, seconds, answers / seconds, latencies, floor, costs,
                cpuPerAnswer, cpuPerAnswerAboveIdle, brainPerAnswer, audit, prompts, distributions);
    }

    private static Map<StackProcess, Double> cpuMillis(List<StackProcess> processes) {
        Map<StackProcess, Double> cpu = new LinkedHashMap<>();
        processes.forEach(process -> cpu.put(process, process.cpuMillis()));
        return cpu;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The one-minute load average ({@code /proc/loadavg}), or "unknown" off Linux. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double perAnswer(double cpuMillis, int answers) {
        return answers == 0 ? 0 : cpuMillis / answers;
    }
}
