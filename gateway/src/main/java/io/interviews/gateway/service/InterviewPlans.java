package io.interviews.gateway.service;

import io.interviews.events.PlannedStage;
import io.interviews.events.StageCompleted;
import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.rest.ApplicationForm.StageForm;
import io.interviews.kit.rest.Violation;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules every interview plan follows, the default plan and the named plan templates recruiters invite with.
 * A stage name is also the name an interviewer service listens for, so it must be a plain identifier and unique
 * within the plan.
 */
@Startup
@ApplicationScoped
public class InterviewPlans {

    static final int MAX_STAGES = 10;
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    private final List<PlannedStage> defaultPlan;
    private final SortedMap<String, List<PlannedStage>> templates = new TreeMap<>();

    InterviewPlans(GatewayConfig config) {
        defaultPlan = configuredPlan("interview.gateway.default-plan", config.defaultPlan());
        config.planTemplates().forEach((name, entries) ->
                templates.put(name, configuredPlan("interview.gateway.plan-templates." + name, entries)));
    }

    public List<PlannedStage> defaultPlan() {
        return defaultPlan;
    }

    /** The plan of the template called {@code name}, if one is configured. */
    public Optional<List<PlannedStage>> template(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    /** The configured templates' plans by name, in alphabetical order of the names. */
    public SortedMap<String, List<PlannedStage>> templates() {
        return Collections.unmodifiableSortedMap(templates);
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

    /** A plan configured as {@code stage:weight} entries under {@code key}; one that breaks a rule stops the start-up. */
    private static List<PlannedStage> configuredPlan(String key, List<String> entries) {
        List<StageForm> configured = entries.stream().map(entry -> parseEntry(key, entry)).toList();
        List<Violation> violations = check(configured, key);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(violations.stream()
                    .map(v -> v.field() + ": " + v.message())
                    .collect(Collectors.joining("; ", "Invalid plan: ", "")));
        }
        return toPlan(configured);
    }

    private static StageForm parseEntry(String key, String entry) {
        String[] parts = entry.trim().split(":");
        if (parts.length == 2) {
            try {
                return new StageForm(parts[0].trim(), Double.valueOf(parts[1].trim()));
            } catch (NumberFormatException e) {
                throw invalidEntry(key, entry, e);
            }
        }
        throw invalidEntry(key, entry, null);
    }

    private static IllegalStateException invalidEntry(String key, String entry, Throwable cause) {
        return new IllegalStateException("Invalid " + key + " entry '" + entry
                + "': expected stage:weight, e.g. tech:0.4", cause);
    }
}
