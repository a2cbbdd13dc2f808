package io.interviews.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceMetricsTest {

    private static final String EXPOSITION = """
            # HELP interview_stage_brain_cpu_seconds_total CPU time the brain spent deciding turns and grading
            # TYPE interview_stage_brain_cpu_seconds_total counter
            interview_stage_brain_cpu_seconds_total{brain="rubric",stage="tech"} 1.25
            interview_stage_brain_cpu_seconds_total{brain="rubric",stage="tech-2"} 0.5
            interview_stage_model_calls_total{stage="tech",task="grading",outcome="ok"} 7.0
            # TYPE jvm_gc_pause_seconds summary
            jvm_gc_pause_seconds_count{action="end of minor GC",cause="Allocation Failure",gc="Copy"} 12.0
            jvm_gc_pause_seconds_sum{action="end of minor GC",cause="Allocation Failure",gc="Copy"} 0.25
            jvm_gc_pause_seconds_count{action="end of major GC",cause="Allocation Failure",gc="MarkSweepCompact"} 2.0
            jvm_gc_pause_seconds_sum{action="end of major GC",cause="Allocation Failure",gc="MarkSweepCompact"} 0.125
            # TYPE jvm_gc_pause_seconds_max gauge
            jvm_gc_pause_seconds_max{action="end of major GC",cause="Allocation Failure",gc="MarkSweepCompact"} 0.1
            process_cpu_time_ns_total 9.0E9
            """;

    @Test
    void aMetricIsSummedOverItsLabelsAndNothingElseIs() {
        assertEquals(1.75, ServiceMetrics.sum(EXPOSITION, ServiceMetrics.BRAIN_CPU), 1e-9);
        assertEquals(14, ServiceMetrics.sum(EXPOSITION, ServiceMetrics.GC_PAUSES), 1e-9);
        assertEquals(0, ServiceMetrics.sum("process_cpu_time_ns_total 9.0E9\n", ServiceMetrics.BRAIN_CPU));
    }

    @Test
    void aReadingTellsWhatHappenedSinceAnEarlierOne() {
        ServiceMetrics.Reading before = new ServiceMetrics.Reading(0.5, 4, 0.05);

        ServiceMetrics.Reading during = ServiceMetrics.Reading.of(EXPOSITION).minus(before);

        assertEquals(1.25, during.brainCpuSeconds(), 1e-9);
        assertEquals(10, during.gcPauses(), 1e-9);
        assertEquals(0.325, during.gcPauseSeconds(), 1e-9);
    }
}
