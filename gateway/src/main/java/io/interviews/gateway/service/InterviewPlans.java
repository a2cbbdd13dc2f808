package io.interviews.gateway.service;

import io.interviews.events.PlannedStage;
import io.interviews.events.StageCompleted;
import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.rest.ApplicationForm.StageForm;
import io.interviews.kit.rest.Violation;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules every interview plan follows, and the default plan. A stage name is also the name an
 * interviewer service listens for, so it must be a plain identifier and unique within the plan.
 */
@Startup
@ApplicationScoped
public class InterviewPlans {

    static final int MAX_STAGES = 10;
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    private final List<PlannedStage> defaultPlan;

    InterviewPlans(GatewayConfig config) {
        List<StageForm> configured = config.defaultPlan().stream().map(InterviewPlans::parseEntry).toList();
        List<Violation> violations = check(configured, "interview.gateway.default-plan");
        if (!violations.isEmpty()) {
            throw new IllegalStateException(violations.stream()
                    .map(v -> v.field() + ": " + v.message())
                    .collect(Collectors.joining("; ", "Invalid default plan: ", "")));
        }
        defaultPlan = toPlan(configured);
    }

    public List<PlannedStage> defaultPlan() {
        return defaultPlan;
    }

    /** Everything wrong with {@code plan}, each violation's field prefixed with {@code field}. */
    public static List<Violation> check(List<StageForm> plan, String field) {
        List<Violation> violations = new ArrayList<>();
        if (plan.isEmpty()) {
            violations.add(new Violation(field, "must name at least one stage"));
        }
        if (plan.size() > MAX_STAGES) {
            violations.add(new Violation(field, "must name at most " + MAX_STAGES + " stages"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.size(); i++) {
            StageForm stage = plan.get(i);
            String at = field + "[" + i + "]";
            if (stage == null) {
                violations.add(new Violation(at, "must be an object with stage and weight"));
                continue;
            }
            if (stage.stage() == null || stage.stage().isBlank()) {
                violations.add(new Violation(at + ".stage", "is required"));
            } else if (StageCompleted.INTAKE.equals(stage.stage())) {
                violations.add(new Violation(at + ".stage", "'intake' is reserved for the registration itself"));
            } else if (!STAGE_NAME.matcher(stage.stage()).matches()) {
                violations.add(new Violation(at + ".stage", "'" + stage.stage()
                        + "' must be 2-31 lowercase letters, digits or hyphens, starting with a letter"));
            } else if (!seen.add(stage.stage())) {
                violations.add(new Violation(at + ".stage", "duplicate stage '" + stage.stage() + "'"));
            }
            if (stage.weight() == null) {
                violations.add(new Violation(at + ".weight", "is required"));
            } else if (!(stage.weight() > 0) || stage.weight().isInfinite()) {
                violations.add(new Violation(at + ".weight", "must be a positive number"));
            }
        }
        return violations;
    }

    /** The plan of forms that passed {@link #check}. */
    public static List<PlannedStage> toPlan(List<StageForm> plan) {
        return plan.stream().map(stage -> new PlannedStage(stage.stage(), stage.weight())).toList();
    }

    private static StageForm parseEntry(String entry) {
        String[] parts = entry.trim().split(":");
        if (parts.length == 2) {
            try {
                return new StageForm(parts[0].trim(), Double.valueOf(parts[1].trim()));
            } catch (NumberFormatException e) {
                throw invalidEntry(entry, e);
            }
        }
        throw invalidEntry(entry, null);
    }

    private static IllegalStateException invalidEntry(String entry, Throwable cause) {
        return new IllegalStateException("Invalid interview.gateway.default-plan entry '" + entry
                + "': expected stage:weight, e.g. tech:0.4", cause);
    }
}
