package io.interviews.gateway.rest;

import io.interviews.gateway.config.GatewayConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/**
 * The candidate page, where an invitation's {@code candidateUrl} ({@code /interview/<id>?token=...}) leads. The
 * server renders only the page's frame: the page's script moves the token from the address into the tab's
 * session storage and takes everything else from the candidate API with it, so this endpoint never reads the token
 * and shows nothing of the interview. Its headers keep the page's requests on this origin and the address out of
 * any Referer.
 */
@Path("/interview")
public class CandidatePage {

    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'",
            "form-action 'none'", "frame-ancestors 'none'");

    private final GatewayConfig config;

    CandidatePage(GatewayConfig config) {
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(UUID interviewId, int maxAnswerLength, int maxAnswerBytes);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> page(@RestPath UUID id) {
        return RestResponse.ResponseBuilder.ok(Templates.page(id, config.maxAnswerLength(), config.maxAnswerBytes()))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
