package io.interviews.gateway.service;

import io.interviews.events.StageResult;
import io.interviews.kit.AfterCommit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's Prometheus meters, labelled by stage or reason, never by candidate; a stage label is one of the
 * {@link MeteredStages}, so the number of time series is fixed by configuration. What an event or an
 * answer changes is counted only once its transaction commits, so a rolled-back and redelivered event is
 * counted once. The per-stage gauges show what the last stall check counted.
 */
@ApplicationScoped
public class InterviewMetrics {

    private final MeterRegistry registry;
    private final AfterCommit afterCommit;
    private final MeteredStages stages;
    private final Map<String, Long> inProgress = new ConcurrentHashMap<>();
    private final Map<String, Long> stalled = new ConcurrentHashMap<>();
    private final Map<String, Long> stalledAfterStages = new ConcurrentHashMap<>();

    InterviewMetrics(MeterRegistry registry, AfterCommit afterCommit, MeteredStages stages) {
        this.registry = registry;
        this.afterCommit = afterCommit;
        this.stages = stages;
    }

    /** {@code interview_stage_duration_seconds{stage}}: from the stage's start to its completion, as it reports them. */
    void stageCompleted(StageResult result) {
        if (result.startedAt() == null || result.completedAt() == null
                || result.completedAt().isBefore(result.startedAt())) {
            return;
        }
        Duration duration = Duration.between(result.startedAt(), result.completedAt());
        afterCommit.run(() -> Timer.builder("interview.stage.duration")
                .description("How long a stage took, from its start to its completion")
                .tag("stage", stages.label(result.stage()))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofSeconds(10))
                .maximumExpectedValue(Duration.ofHours(2))
                .register(registry)
                .record(duration));
    }

    /** {@code interview_answers_accepted_total{stage}}. */
    void answerAccepted(String stage) {
        String label = stages.label(stage);
        afterCommit.run(() -> registry.counter("interview.answers.accepted", "stage", label).increment());
    }

    /** {@code interview_answers_rejected_total{reason}}, {@code reason} a short code such as {@code already_answered}. */
    void answerRejected(String reason) {
        registry.counter("interview.answers.rejected", "reason", reason).increment();
    }

    /**
     * Sets {@code interview_in_progress{stage}} and {@code interview_stalled{stage}} to the counts of the last
     * stall check, the counts of stages that are not configured summed under {@code other}; every label is
     * reported, at 0 when no interview is there.
     */
    void stageCounts(Map<String, Long> inProgressByStage, Map<String, Long> stalledByStage) {
        refresh(inProgress, byMeteredStage(inProgressByStage), "interview.in.progress", "stage",
                "Interviews currently at this stage");
        refresh(stalled, byMeteredStage(stalledByStage), "interview.stalled", "stage",
                "Interviews waiting on this stage for longer than interview.gateway.stall-after");
    }

    /** The counts under their metered labels (other stages summed under {@code other}), every label at 0 at least. */
    private Map<String, Long> byMeteredStage(Map<String, Long> countsByStage) {
        Map<String, Long> counts = new HashMap<>();
        stages.labels().forEach(label -> counts.put(label, 0L));
        countsByStage.forEach((stage, count) -> counts.merge(stages.label(stage), count, Long::sum));
        return counts;
    }

    /**
     * Sets {@code interview_stalled_after_stages{status}} ({@code SCORING}, {@code AWAITING_DECISION}) to the
     * counts of the last stall check.
     */
    void afterStageCounts(Map<String, Long> stalledByStatus) {
        refresh(stalledAfterStages, stalledByStatus, "interview.stalled.after.stages", "status",
                "Interviews whose letter the scoring or offer service has owed for longer than "
                        + "interview.gateway.letter-stall-after");
    }

    private void refresh(Map<String, Long> gauge, Map<String, Long> counts, String name, String tag,
                         String description) {
        counts.forEach((value, count) -> {
            if (gauge.put(value, count) == null) {
                Gauge.builder(name, gauge, values -> values.getOrDefault(value, 0L))
                        .description(description)
                        .tag(tag, value)
                        .strongReference(true)
                        .register(registry);
            }
        });
        gauge.replaceAll((value, count) -> counts.getOrDefault(value, 0L));
    }
}
