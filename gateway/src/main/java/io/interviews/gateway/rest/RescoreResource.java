package io.interviews.gateway.rest;

import io.interviews.documents.DriftReport;
import io.interviews.gateway.security.Recruiters;
import io.interviews.gateway.service.Rescores;
import io.interviews.gateway.service.Rescores.RequestedRescore;
import io.interviews.gateway.service.Rescores.RescoreProgress;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Recruiters' re-scores (README: Re-scoring): scored interviews graded again with the rubric versions and brains the
 * stages run now, beside the live decisions, which nothing here changes; the request's progress and its drift report
 * (document-kit's {@link DriftReport}, as the evaluation's {@code rescore} command writes it).
 */
@Path("/api/recruiter/rescores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Recruiters.ROLE)
public class RescoreResource {

    /** The page holds no script and loads nothing: its inline style is all it needs. */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    @Inject Rescores rescores;
    @Inject SecurityIdentity recruiter;

    /** Selects the scored interviews and asks for each one's re-score; 202 with where to follow it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-score scored interviews with the rubric versions and brains the stages run now")
    @APIResponseSchema(value = RequestedRescore.class, responseCode = "202")
    public RestResponse<RequestedRescore> request(
            @Valid @NotNull(message = "a JSON body is required; {} re-scores every scored interview") RescoreForm form) {
        RequestedRescore requested = rescores.request(form, recruiter.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<RequestedRescore>create(Status.ACCEPTED)
                .location(URI.create(requested.links().self()))
                .entity(requested)
                .build();
    }

    @GET
    @Operation(summary = "The latest re-score requests, the latest first")
    public List<RequestedRescore> latest(
            @RestQuery @DefaultValue("50") @Min(value = 1, message = RecruiterResource.LIST_SIZE)
            @Max(value = RecruiterResource.MAX_LIST_SIZE, message = RecruiterResource.LIST_SIZE) int limit) {
        return rescores.latest(limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A re-score's progress and each re-scored interview's totals and bands")
    public RescoreProgress progress(@RestPath UUID id) {
        return rescores.progress(id);
    }

    @GET
    @Path("{id}/drift.csv")
    @Produces(DriftReport.CSV_MEDIA_TYPE)
    @Operation(summary = "The re-score's drift report as CSV: one row per interview, stage and dimension")
    public RestResponse<String> driftCsv(@RestPath UUID id) {
        return RestResponse.ResponseBuilder.ok(DriftReport.csv(rescores.results(id)), DriftReport.CSV_MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"drift-" + id + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}/drift.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The re-score's drift report as a page")
    public RestResponse<String> driftHtml(@RestPath UUID id) {
        return RestResponse.ResponseBuilder.ok(DriftReport.html(rescores.results(id)),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", PAGE_POLICY)
                .build();
    }
}
