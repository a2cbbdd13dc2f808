package io.interviews.gateway.rest;

import io.interviews.gateway.security.RecruiterKeyMechanism;
import io.interviews.kit.rest.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.stream.Stream;

/**
 * Completes the OpenAPI document at {@code /q/openapi} with what the scan of the resources cannot see: how callers
 * sign in (the security schemes; the candidate's resources name theirs in {@code @SecurityRequirement}s, and every
 * operation under {@value #RECRUITER_API}, each {@code @RolesAllowed(Recruiters.ROLE)}, takes any of the recruiter's
 * three sign-ins), and that every operation answers its errors as problem details ({@code application/problem+json},
 * service-kit's {@link Problem}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiDocument implements OASFilter {

    public static final String CANDIDATE_TOKEN = "candidateToken";
    private static final String RECRUITER_KEY = "recruiterKey";
    private static final String RECRUITER_OIDC = "recruiterOidc";
    private static final String RECRUITER_DESK_SESSION = "recruiterDeskSession";
    private static final String RECRUITER_API = "/api/recruiter/";
    private static final String PROBLEM = "Problem";
    private static final String VIOLATION = "Violation";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        Components components = document.getComponents();
        declareSignIns(components);
        declareProblem(components);
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            operation.getResponses().setDefaultValue(OASFactory.createAPIResponse().ref(PROBLEM));
            if (path.startsWith(RECRUITER_API)) {
                operation.setSecurity(Stream.of(RECRUITER_DESK_SESSION, RECRUITER_OIDC, RECRUITER_KEY)
                        .map(scheme -> OASFactory.createSecurityRequirement().addScheme(scheme)).toList());
            }
        }));
    }

    private static void declareSignIns(Components components) {
        components.addSecurityScheme(CANDIDATE_TOKEN, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("the candidate's token from the invitation (candidateToken): every candidate call but "
                        + "the registration"));
        components.addSecurityScheme(RECRUITER_KEY, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(RecruiterKeyMechanism.HEADER)
                .description("a machine client's recruiter key (interview.gateway.recruiter-key)"));
        components.addSecurityScheme(RECRUITER_OIDC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("an access token from the company's OpenID Connect provider, when one is connected; "
                        + "it must carry the role recruiter"));
        components.addSecurityScheme(RECRUITER_DESK_SESSION, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name(deskSessionCookie())
                .description("the recruiter desk's session, set by its form sign-in (POST /j_security_check)"));
    }

    private static String deskSessionCookie() {
        return ConfigProvider.getConfig().getValue("quarkus.http.auth.form.cookie-name", String.class);
    }

    private static void declareProblem(Components components) {
        components.addSchema(VIOLATION, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("one thing wrong with the request")
                .addProperty("field", text("where: a JSON path into the body such as plan[1].weight, or the name of "
                        + "a query, header or path parameter"))
                .addProperty("message", text("what was wrong with it")));
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", text("always about:blank"))
                .addProperty("title", text("the status' reason phrase"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER)
                        .description("the HTTP status"))
                .addProperty("detail", text("what was wrong with this request; absent when the status says it all"))
                .addProperty("instance", text("the request's path"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(VIOLATION))
                        .description("each invalid field of a 400, or what a 422 cannot take; empty otherwise"))
                .required(List.of("type", "title", "status")));
        components.addResponse(PROBLEM, OASFactory.createAPIResponse()
                .description("an error, as problem details (README: Errors)")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM)))));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
