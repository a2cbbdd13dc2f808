package io.interviews.gateway.rest;

import io.interviews.gateway.audit.BiasAuditCsv;
import io.interviews.gateway.audit.BiasAuditHtml;
import io.interviews.gateway.audit.BiasAuditReport;
import io.interviews.gateway.security.Recruiters;
import io.interviews.gateway.service.BiasAudits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * The bias-audit report for recruiters (README: Bias audit): JSON by default, CSV for {@code Accept: text/csv}, an
 * HTML page with charts for {@code Accept: text/html}. It holds counts and rates only, never a candidate's answers.
 */
@Path("/api/recruiter/reports/bias-audit")
@RolesAllowed(Recruiters.ROLE)
public class BiasAuditResource {

    private static final MediaType CSV = MediaType.valueOf(BiasAuditCsv.MEDIA_TYPE);
    /** In order of preference when the caller accepts several equally, e.g. {@code *}{@code /*}. */
    private static final List<MediaType> FORMATS = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE,
            CSV);

    @Inject BiasAudits audits;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, BiasAuditCsv.MEDIA_TYPE})
    @Operation(summary = "The bias audit: selection rates and impact ratios per category (JSON, CSV or HTML)")
    @APIResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BiasAuditReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML),
            @Content(mediaType = BiasAuditCsv.MEDIA_TYPE)})
    public Response report(@Context HttpHeaders headers) {
        MediaType format = format(headers.getAcceptableMediaTypes());
        BiasAuditReport report = audits.report();
        if (format.equals(CSV)) {
            return Response.ok(BiasAuditCsv.of(report), CSV)
                    .header("Content-Disposition", "attachment; filename=\"bias-audit.csv\"").build();
        }
        if (format.equals(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(BiasAuditHtml.of(report), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The first format the caller accepts, in the order of its preference (the list is sorted by quality). */
    private static MediaType format(List<MediaType> accepted) {
        for (MediaType wanted : accepted) {
            for (MediaType format : FORMATS) {
                if (wanted.isCompatible(format)) {
                    return format;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE; // @Produces answers 406 before this for anything else
    }
}
