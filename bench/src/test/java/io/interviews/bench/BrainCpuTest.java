package io.interviews.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BrainCpuTest {

    @Test
    void theBrainCounterIsSummedOverItsLabelsAndNothingElseIs() {
        String exposition = """
                # HELP interview_stage_brain_cpu_seconds_total CPU time the brain spent deciding turns and grading
                # TYPE interview_stage_brain_cpu_seconds_total counter
                interview_stage_brain_cpu_seconds_total{brain="rubric",stage="tech"} 1.25
                interview_stage_brain_cpu_seconds_total{brain="rubric",stage="tech-2"} 0.5
                interview_stage_model_calls_total{stage="tech",task="grading",outcome="ok"} 7.0
                process_cpu_time_ns_total 9.0E9
                """;

        assertEquals(1.75, BrainCpu.secondsIn(exposition), 1e-9);
        assertEquals(0, BrainCpu.secondsIn("process_cpu_time_ns_total 9.0E9\n"));
    }
}
