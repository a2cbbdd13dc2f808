package io.interviews.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * The recruiter desk's page: open to anyone, since it holds no data. Its script shows the sign-in form (the form
 * login's login and error page) until the recruiter API answers, then the interviews from that API with the
 * session cookie.
 */
@Path("/recruiter")
public class RecruiterDesk {

    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
            "frame-ancestors 'none'");
    private static final byte[] PAGE = readPage();

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<byte[]> page() {
        return RestResponse.ResponseBuilder.ok(PAGE, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Ends the desk session (expires its cookie) and goes back to the sign-in. */
    @POST
    @Path("sign-out")
    public RestResponse<Void> signOut() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return RestResponse.ResponseBuilder.<Void>seeOther(URI.create("/recruiter")).cookie(expired).build();
    }

    private static byte[] readPage() {
        try (InputStream page = RecruiterDesk.class.getResourceAsStream("/desk/index.html")) {
            if (page == null) {
                throw new IllegalStateException("desk/index.html is missing from the gateway's resources");
            }
            return page.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
