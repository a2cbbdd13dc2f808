package io.interviews.gateway.rest;

import io.interviews.events.InterviewErased;
import io.interviews.gateway.security.Recruiters;
import io.interviews.gateway.service.InterviewErasures;
import io.interviews.gateway.service.InterviewErasures.Erasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** A candidate's request to be erased (GDPR Art. 17), taken by a recruiter: every interview of that candidate. */
@Path("/api/recruiter/erasures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Recruiters.ROLE)
public class ErasureResource {

    @Inject InterviewErasures erasures;

    /** Erases every interview of the candidate with this email; 404 when there is none. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase every interview of a candidate, by email (a candidate's request)")
    public List<Erasure> eraseCandidate(
            @Valid @NotNull(message = "a JSON body with candidateEmail is required") ErasureForm form) {
        return erasures.eraseCandidate(form.candidateEmail(), InterviewErased.Reason.REQUEST);
    }
}
