package io.interviews.bench;

import io.interviews.bench.Samples.Summary;

import java.util.List;
import java.util.Map;

/**
 * One bench run, as {@code result.json} holds it: the load, the latencies candidates saw (milliseconds), the floor
 * measured on the same broker and database, the cost per process, and what the topics say.
 *
 * @param machine       cores and load average before and after the load: a busy machine explains slow numbers
 * @param distributions every latency sample in milliseconds, smallest first, per series (the chart's data)
 * @param floor         null when the bench was not given the broker and the database
 * @param processes     empty when the bench did not start the stack
 * @param brainCpuMillisPerAnswer the stages' brains' own CPU per answer (part of {@code cpuMillisPerAnswer}, from
 *                      their {@code interview_stage_brain_cpu_seconds_total}); null when the bench did not start the stack
 * @param audit         null when the bench was not given the broker
 * @param modelPrompts  the {@code openai} brain's prompt tokens per turn; null when the stages ran the rubric brain
 */
record BenchResult(String startedAt, String target, String machine, Double stackReadySeconds, int candidates, int interviewsPlanned,
                   int interviewsCompleted, int interviewsLost, List<String> failures, int answers,
                   double loadSeconds, double answersPerSecond, Map<String, Summary> latencies, FloorResult floor,
                   List<ProcessCost> processes, Double cpuMillisPerAnswer, Double cpuMillisPerAnswerAboveIdle,
                   Double brainCpuMillisPerAnswer, TopicAudit audit, ModelPrompts modelPrompts,
                   Map<String, List<Double>> distributions) {

    /**
     * The floor: one hop is a Kafka round trip plus a durable commit (p50 each); answer → next question takes two
     * hops (the answer to the stage, the question back to the gateway), so its floor is twice that.
     *
     * @param platformOverheadMillis answer → next question p50 less the brains' CPU per answer, which stands for the
     *                               brain's own time in the wait (the rubric brain decides the turn, and grades the
     *                               stage after its last answer, in that wait); null when the brains were not metered
     */
    record FloorResult(Summary kafkaRoundTrip, Summary postgresCommit, double twoHopsMillis,
                       double answerToNextQuestionP50OverFloor, Double platformOverheadMillis) {

        Double platformOverheadOverFloor() {
            return platformOverheadMillis == null ? null : platformOverheadMillis / twoHopsMillis;
        }
    }

    /**
     * CPU time a process spent during the load, per answer; what it spends per second at rest (metered just before
     * the load) and per answer above that; its resident memory at the end, all of it and the anonymous part (without
     * mapped files' pages); its JVM's garbage-collection pauses during the load.
     *
     * @param gcPauses      the JVM's garbage-collection pauses during the load; null for a process that reports none
     *                      (the broker, PostgreSQL)
     * @param gcPauseMillis their time in all
     */
    record ProcessCost(String name, double cpuMillis, double cpuMillisPerAnswer, double idleCpuMillisPerSecond,
                       double cpuMillisPerAnswerAboveIdle, double rssMegabytes, double anonymousMegabytes,
                       Integer gcPauses, Double gcPauseMillis) {
    }

    /**
     * No interview lost, the topics (when read) hold each answer and stage completion exactly once, and the model's
     * prompts (when the stages used one) did not grow with the interview.
     */
    boolean passed() {
        return interviewsLost == 0 && interviewsCompleted == interviewsPlanned && (audit == null || audit.clean())
                && (modelPrompts == null || modelPrompts.bounded());
    }
}
