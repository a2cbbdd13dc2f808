package io.interviews.gateway.rest;

import io.interviews.gateway.service.SelfIdentifications;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

/**
 * The candidate's voluntary self-identification for the bias audit (README: Bias audit), with the candidate's token
 * like every candidate call. Write-only: no call returns it.
 */
@Path("/api/interviews/{id}/self-identification")
@SecurityRequirement(name = ApiDocument.CANDIDATE_TOKEN)
public class SelfIdentificationResource {

    @Inject SelfIdentifications selfIdentifications;

    /** Gives (or replaces) the candidate's answers; {@code consent} must be true, every category is optional. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Self-identify for the bias audit (voluntary)")
    public void give(@RestPath UUID id, @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                     @Valid @NotNull(message = "a JSON body with consent is required") SelfIdentificationForm form) {
        selfIdentifications.record(id, authorization, form);
    }

    /** Withdraws the candidate's answers (deleted); answered the same whether there were any. */
    @DELETE
    @Operation(summary = "Withdraw the self-identification")
    public void withdraw(@RestPath UUID id, @RestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        selfIdentifications.withdraw(id, authorization);
    }
}
