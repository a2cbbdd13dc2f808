package io.interviews.offer.rest;

import io.interviews.offer.service.LetterService;
import io.interviews.offer.service.LetterView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

@Path("/api/letters")
public class LetterResource {

    public static final String TEXT_MARKDOWN = "text/markdown";
    private static final MediaType MARKDOWN = MediaType.valueOf(TEXT_MARKDOWN);
    private static final Pattern INTERVIEW_ID =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final LetterService letters;

    LetterResource(LetterService letters) {
        this.letters = letters;
    }

    /** The letter as JSON, or only its Markdown when the client asks for {@code text/markdown} first. */
    @GET
    @Path("/{interviewId}")
    @Produces({MediaType.APPLICATION_JSON, TEXT_MARKDOWN})
    public Response letter(@PathParam("interviewId") String interviewId, @Context HttpHeaders headers) {
        if (!INTERVIEW_ID.matcher(interviewId).matches()) {
            return error(Response.Status.BAD_REQUEST, "'" + interviewId + "' is not an interview id (a UUID)");
        }
        UUID id = UUID.fromString(interviewId);
        Optional<LetterView> letter = letters.letter(id);
        if (letter.isEmpty()) {
            return error(Response.Status.NOT_FOUND, "No letter drafted for interview " + id);
        }
        if (prefersMarkdown(headers)) {
            return Response.ok(letter.get().markdown(), MARKDOWN.withCharset("UTF-8")).build();
        }
        return Response.ok(letter.get(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Acceptable types come sorted by preference; the first one that names JSON or Markdown decides. */
    private static boolean prefersMarkdown(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !acceptable.isWildcardType()) {
                return false;
            }
            if (MARKDOWN.isCompatible(acceptable) && !acceptable.isWildcardType()) {
                return true;
            }
        }
        return false;
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorMessage(message)).build();
    }
}
