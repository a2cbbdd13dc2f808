package io.interviews.gateway.service;

import io.interviews.events.PlannedStage;
import io.interviews.gateway.rest.ApplicationForm.StageForm;
import io.interviews.kit.rest.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterviewPlansTest {

    private static final String BAD_NAME = "must be 2-31 lowercase letters, digits or hyphens, starting with a letter";

    @Test
    void theDefaultPlanIsReadFromConfigurationInOrder() {
        InterviewPlans plans = new InterviewPlans(new TestGatewayConfig(List.of("tech:0.4", " hr : 0.3", "boss:0.3")));
        assertEquals(List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)),
                plans.defaultPlan());
    }

    @Test
    void aBrokenDefaultPlanStopsTheStartWithTheReason() {
        IllegalStateException noWeight = assertThrows(IllegalStateException.class,
                () -> new InterviewPlans(new TestGatewayConfig(List.of("tech"))));
        assertTrue(noWeight.getMessage().contains("expected stage:weight"), noWeight.getMessage());
        IllegalStateException duplicate = assertThrows(IllegalStateException.class,
                () -> new InterviewPlans(new TestGatewayConfig(List.of("tech:0.5", "tech:0.5"))));
        assertTrue(duplicate.getMessage().contains("duplicate stage 'tech'"), duplicate.getMessage());
    }

    @Test
    void planTemplatesAreReadFromConfigurationByName() {
        InterviewPlans plans = new InterviewPlans(new TestGatewayConfig(List.of("tech:1"), Map.of(
                "backend-senior", List.of("tech:0.5", "hr:0.2", "boss:0.3"),
                "coding-first", List.of("coding:2", "tech:1"))));
        assertEquals(Optional.of(List.of(new PlannedStage("tech", 0.5), new PlannedStage("hr", 0.2),
                new PlannedStage("boss", 0.3))), plans.template("backend-senior"));
        assertEquals(Optional.empty(), plans.template("frontend"));
        assertEquals(List.of("backend-senior", "coding-first"), List.copyOf(plans.templates().keySet()));
    }

    @Test
    void aBrokenPlanTemplateStopsTheStartNamingItsKey() {
        IllegalStateException broken = assertThrows(IllegalStateException.class, () -> new InterviewPlans(
                new TestGatewayConfig(List.of("tech:1"), Map.of("lopsided", List.of("tech:1", "hr:0")))));
        assertTrue(broken.getMessage().contains("interview.gateway.plan-templates.lopsided[1].weight"),
                broken.getMessage());
    }

    @Test
    void aPlanWithNewStagesAndRelativeWeightsIsValid() {
        assertEquals(List.of(), InterviewPlans.check(
                List.of(new StageForm("coding", 2.0), new StageForm("system-design", 1.0), new StageForm("hr", 1.0)),
                "plan"));
    }

    @Test
    void everyProblemOfAPlanIsReportedWithItsPosition() {
        List<Violation> violations = InterviewPlans.check(List.of(
                new StageForm("tech", 0.5),
                new StageForm("tech", 0.0),
                new StageForm("intake", 0.2),
                new StageForm("2fa", null),
                new StageForm("a", Double.POSITIVE_INFINITY)), "plan");
        assertEquals(List.of(
                new Violation("plan[1].stage", "duplicate stage 'tech'"),
                new Violation("plan[1].weight", "must be a positive number"),
                new Violation("plan[2].stage", "'intake' is reserved for the registration itself"),
                new Violation("plan[3].stage", "'2fa' " + BAD_NAME),
                new Violation("plan[3].weight", "is required"),
                new Violation("plan[4].stage", "'a' " + BAD_NAME),
                new Violation("plan[4].weight", "must be a positive number")), violations);
    }

    @Test
    void aPlanMustNameBetweenOneAndTenStages() {
        assertEquals(List.of(new Violation("plan", "must name at least one stage")),
                InterviewPlans.check(List.of(), "plan"));
        List<StageForm> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new StageForm("stage-" + i, 1.0));
        }
        assertEquals(List.of(new Violation("plan", "must name at most 10 stages")),
                InterviewPlans.check(eleven, "plan"));
        assertEquals(List.of(new Violation("plan[0]", "must be an object with stage and weight")),
                InterviewPlans.check(Collections.singletonList(null), "plan"));
    }
}
