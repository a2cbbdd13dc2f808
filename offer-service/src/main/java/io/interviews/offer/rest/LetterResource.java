package io.interviews.offer.rest;

import io.interviews.kit.rest.ProblemException;
import io.interviews.offer.service.LetterDocuments;
import io.interviews.offer.service.LetterService;
import io.interviews.offer.service.LetterView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

@Path("/api/letters")
public class LetterResource {

    public static final String TEXT_MARKDOWN = "text/markdown";
    public static final String APPLICATION_PDF = "application/pdf";
    private static final MediaType MARKDOWN = MediaType.valueOf(TEXT_MARKDOWN);
    private static final List<MediaType> REPRESENTATIONS =
            List.of(MediaType.APPLICATION_JSON_TYPE, MARKDOWN, MediaType.TEXT_HTML_TYPE);

    @Inject LetterService letters;
    @Inject LetterDocuments documents;

    /**
     * The letter as JSON (status, salary window, decisions, profile), or only its text when the client asks for
     * {@code text/markdown} or {@code text/html} first.
     */
    @GET
    @Path("/{interviewId}")
    @Produces({MediaType.APPLICATION_JSON, TEXT_MARKDOWN, MediaType.TEXT_HTML})
    public Response letter(@RestPath UUID interviewId, @Context HttpHeaders headers) {
        return withLetter(interviewId, letter -> {
            MediaType preferred = preferred(headers);
            if (preferred.equals(MARKDOWN)) {
                return Response.ok(letter.markdown(), MARKDOWN.withCharset("UTF-8")).build();
            }
            if (preferred.equals(MediaType.TEXT_HTML_TYPE)) {
                return Response.ok(documents.html(letter.markdown(), letter.language(), title(letter)),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
            }
            return Response.ok(letter, MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    @GET
    @Path("/{interviewId}/letter.pdf")
    @Produces({APPLICATION_PDF, MediaType.APPLICATION_JSON})
    public Response pdf(@RestPath UUID interviewId) {
        return withLetter(interviewId, letter -> Response.ok(documents.pdf(letter.markdown(), title(letter)),
                        APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\""
                        + letter.kind().name().toLowerCase(Locale.ROOT) + "_letter_" + letter.interviewId() + ".pdf\"")
                .build());
    }

    private Response withLetter(UUID interviewId, Function<LetterView, Response> answer) {
        return letters.letter(interviewId).map(answer)
                .orElseThrow(() -> ProblemException.notFound("No letter drafted for interview " + interviewId));
    }

    /** Acceptable types come sorted by preference; the first one naming a representation decides (JSON if none). */
    private static MediaType preferred(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                continue;
            }
            for (MediaType representation : REPRESENTATIONS) {
                if (representation.isCompatible(acceptable)) {
                    return representation;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    private static String title(LetterView letter) {
        String kind = letter.kind().name();
        return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT) + " letter " + letter.interviewId();
    }
}
