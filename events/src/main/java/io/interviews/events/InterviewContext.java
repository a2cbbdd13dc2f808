package io.interviews.events;

import java.util.List;
import java.util.Optional;

/** What every stage needs to know about an interview; carried by the events so no service calls back. */
public record InterviewContext(Candidate candidate, Position position, Language language, List<PlannedStage> plan) {

    public InterviewContext {
        plan = List.copyOf(plan);
    }

    /** The stage that follows {@code stage} in the plan; the first stage follows {@link StageCompleted#INTAKE}. */
    public Optional<String> stageAfter(String stage) {
        if (StageCompleted.INTAKE.equals(stage)) {
            return plan.stream().findFirst().map(PlannedStage::stage);
        }
        for (int i = 0; i < plan.size() - 1; i++) {
            if (plan.get(i).stage().equals(stage)) {
                return Optional.of(plan.get(i + 1).stage());
            }
        }
        return Optional.empty();
    }

    public boolean isLastStage(String stage) {
        return !plan.isEmpty() && plan.get(plan.size() - 1).stage().equals(stage);
    }
}
