package io.interviews.gateway.rest;

import io.interviews.gateway.audit.AgeBand;
import io.interviews.gateway.audit.RaceEthnicity;
import io.interviews.gateway.audit.Sex;
import io.interviews.gateway.config.GatewayConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

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

    private static final List<SelfIdQuestion> SELF_ID_QUESTIONS = List.of(
            SelfIdQuestion.of("sex", "sex", Sex.FEMALE, Sex.MALE),
            SelfIdQuestion.of("race", "raceEthnicity", RaceEthnicity.values()),
            SelfIdQuestion.of("age", "ageBand", AgeBand.values()));

    @Inject GatewayConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(UUID interviewId, int maxAnswerLength, int maxAnswerBytes,
                                            long retentionDays, List<SelfIdQuestion> selfIdQuestions);
    }

    /**
     * An optional self-identification question (element {@code self-id-<id>}, form field {@code name}); its choices
     * are the audit's categories, each shown with the text {@code <id><Category>} (e.g. {@code raceWhite}).
     */
    public record SelfIdQuestion(String id, String name, List<Choice> choices) {

        static SelfIdQuestion of(String id, String name, Enum<?>... categories) {
            return new SelfIdQuestion(id, name, Arrays.stream(categories)
                    .map(category -> new Choice(category.name(), id + pascalCase(category.name())))
                    .toList());
        }

        public String label() {
            return "selfId" + pascalCase(id);
        }

        private static String pascalCase(String words) {
            return Arrays.stream(words.toLowerCase(Locale.ROOT).split("_"))
                    .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                    .collect(Collectors.joining());
        }
    }

    /** A choice: the value the form sends and the key of its text. */
    public record Choice(String value, String text) {
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> page(@RestPath UUID id) {
        return RestResponse.ResponseBuilder.ok(Templates.page(id, config.maxAnswerLength(), config.maxAnswerBytes(),
                        config.retentionPeriod().toDays(), SELF_ID_QUESTIONS))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
