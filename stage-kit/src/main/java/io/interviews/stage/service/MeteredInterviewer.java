package io.interviews.stage.service;

import io.interviews.stage.rubric.RubricInterviewer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A brain whose own work (deciding the next turn, grading a question, grading the stage) is counted in CPU time of
 * the thread that asked for it: {@code interview_stage_brain_cpu_seconds_total{stage,brain}}. The process's CPU time
 * less this counter is what the platform around the brain costs (messaging, the database, JSON): the bench reports
 * the two apart. A model brain's wait for its model costs no CPU here; only its own preparing and checking does.
 */
public final class MeteredInterviewer implements Interviewer {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Interviewer brain;
    private final Counter cpu;

    public MeteredInterviewer(Interviewer brain, MeterRegistry meters) {
        this.brain = brain;
        this.cpu = Counter.builder("interview.stage.brain.cpu")
                .description("CPU time the brain spent deciding turns and grading, on the threads that asked it")
                .baseUnit("seconds")
                .tags("stage", brain.stage(), "brain", brain.brain())
                .register(meters);
    }

    @Override
    public String brain() {
        return brain.brain();
    }

    @Override
    public RubricInterviewer rubric() {
        return brain.rubric();
    }

    @Override
    public Turn next(InterviewState state) {
        return metered(() -> brain.next(state));
    }

    @Override
    public Optional<QuestionGrade> gradeQuestion(InterviewState state, String questionId) {
        return metered(() -> brain.gradeQuestion(state, questionId));
    }

    @Override
    public StageGrade grade(InterviewState state) {
        return metered(() -> brain.grade(state));
    }

    private <T> T metered(Supplier<T> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            cpu.increment((THREADS.getCurrentThreadCpuTime() - start) / 1e9);
        }
    }
}
