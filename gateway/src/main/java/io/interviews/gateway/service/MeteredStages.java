package io.interviews.gateway.service;

import io.interviews.events.PlannedStage;
import io.interviews.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The stage names a metric may carry as its {@code stage} label: the stages of the default plan and of the plan
 * templates, and those listed in {@code interview.gateway.metric-stages}. A recruiter's explicit plan may name any
 * stage, so any other name is counted under {@value #OTHER} and never becomes a time series of its own.
 */
@ApplicationScoped
public class MeteredStages {

    /** The label of every stage that is not configured. */
    public static final String OTHER = "other";

    private final Set<String> configured;

    MeteredStages(InterviewPlans plans, GatewayConfig config) {
        Set<String> names = new LinkedHashSet<>();
        plans.defaultPlan().stream().map(PlannedStage::stage).forEach(names::add);
        plans.templates().values().forEach(template -> template.stream().map(PlannedStage::stage).forEach(names::add));
        config.metricStages().ifPresent(names::addAll);
        configured = Collections.unmodifiableSet(names);
    }

    /** {@code stage} itself when it is configured, else {@value #OTHER}. */
    public String label(String stage) {
        return configured.contains(stage) ? stage : OTHER;
    }

    /** Every label a stage metric can have: the configured stages, then {@value #OTHER}. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(configured);
        labels.add(OTHER);
        return labels;
    }
}
