package io.interviews.gateway.rest;

import io.interviews.events.PlannedStage;
import io.interviews.gateway.security.Recruiters;
import io.interviews.gateway.service.InterviewPlans;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.SortedMap;

/** The plans a recruiter may invite with: the default plan and the configured templates, for the desk's form. */
@Path("/api/recruiter/plan-templates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Recruiters.ROLE)
public class PlanTemplatesResource {

    public record Plans(List<PlannedStage> defaultPlan, SortedMap<String, List<PlannedStage>> templates) {
    }

    @Inject InterviewPlans plans;

    @GET
    @Operation(summary = "The default plan and the plan templates a recruiter may invite with")
    public Plans plans() {
        return new Plans(plans.defaultPlan(), plans.templates());
    }
}
