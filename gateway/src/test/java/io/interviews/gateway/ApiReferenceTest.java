package io.interviews.gateway;

import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document at {@code /q/openapi} and the API reference in the README describe the same operations; the
 * document is public, says how each operation is signed in to, and that errors are problem details.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ApiReferenceTest {

    private static final String PUBLIC_REGISTRATION = "POST /api/interviews";
    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");
    /** An operation as the README's API headings name it: {@code ### `GET /api/interviews/{id}` — ...}. */
    private static final Pattern README_OPERATION = Pattern.compile("\\b(GET|POST|PUT|DELETE|PATCH) (/api/[^`\\s?]*)");
    private static final List<Map<String, List<String>>> RECRUITER_SIGN_INS = List.of(
            Map.of("recruiterDeskSession", List.of()), Map.of("recruiterOidc", List.of()),
            Map.of("recruiterKey", List.of()));
    private static final List<Map<String, List<String>>> CANDIDATE_SIGN_IN = List.of(
            Map.of("candidateToken", List.of()));

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String deskSessionCookie;
    @ConfigProperty(name = "interview.security.service-api-key")
    String serviceApiKey;
    @ConfigProperty(name = "interview.gateway.recruiters")
    String recruiters;
    @ConfigProperty(name = "quarkus.datasource.password")
    String databasePassword;

    @Test
    void everyApiOperationHasAReadmeHeadingAndEveryHeadingAnOperation() throws IOException {
        Set<String> documented = readmeOperations();
        Set<String> served = apiOperations(openApi()).keySet();

        Set<String> missingFromReadme = new TreeSet<>(served);
        missingFromReadme.removeAll(documented);
        Set<String> missingFromCode = new TreeSet<>(documented);
        missingFromCode.removeAll(served);
        assertTrue(missingFromReadme.isEmpty() && missingFromCode.isEmpty(),
                "operations without a README heading: " + missingFromReadme
                        + "; README headings without an operation: " + missingFromCode);
    }

    @Test
    void recruiterOperationsNeedARecruiterSignInAndCandidateOperationsTheCandidateToken() {
        JsonPath document = openApi();

        apiOperations(document).forEach((operation, path) -> {
            List<Map<String, List<String>>> security = document.getList(path + ".security");
            if (operation.equals(PUBLIC_REGISTRATION)) {
                assertEquals(List.of(), security, operation + " is open to anyone");
            } else if (operation.contains(" /api/recruiter/")) {
                assertEquals(RECRUITER_SIGN_INS, security, operation);
            } else {
                assertEquals(CANDIDATE_SIGN_IN, security, operation);
            }
        });
        assertEquals(Map.of("type", "http", "scheme", "bearer"),
                withoutDescription(document.getMap("components.securitySchemes.candidateToken")));
        assertEquals(Map.of("type", "apiKey", "in", "header", "name", "X-Recruiter-Key"),
                withoutDescription(document.getMap("components.securitySchemes.recruiterKey")));
        assertEquals(Map.of("type", "http", "scheme", "bearer"),
                withoutDescription(document.getMap("components.securitySchemes.recruiterOidc")));
        assertEquals(Map.of("type", "apiKey", "in", "cookie", "name", deskSessionCookie),
                withoutDescription(document.getMap("components.securitySchemes.recruiterDeskSession")));
    }

    @Test
    void everyOperationAnswersErrorsAsTheProblemTheGatewaySends() {
        JsonPath document = openApi();
        Map<String, Object> paths = document.getMap("paths");
        paths.forEach((path, item) -> ((Map<?, ?>) item).keySet().stream().filter(HTTP_METHODS::contains)
                .forEach(method -> assertEquals("#/components/responses/Problem",
                        document.getString(operationPath(path, (String) method) + ".responses.default.'$ref'"),
                        method + " " + path)));
        assertEquals(Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")),
                document.getMap("components.responses.Problem.content.'application/problem+json'"));

        Map<String, Object> problem = given().get("/api/interviews/not-an-id")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath().getMap("");
        assertEquals(document.getMap("components.schemas.Problem.properties").keySet(), problem.keySet(),
                "the documented problem's fields are those of a real one");
        Map<String, Object> violation = ((List<Map<String, Object>>) problem.get("violations")).get(0);
        assertEquals(document.getMap("components.schemas.Violation.properties").keySet(), violation.keySet());
    }

    @Test
    void theDocumentIsPublicAndHoldsNoSecret() {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

        for (String secret : new String[] {RECRUITER_KEY, serviceApiKey, databasePassword,
                recruiters.substring(recruiters.indexOf(':') + 1)}) {
            assertFalse(document.contains(secret), "the document shows a secret: " + secret);
        }
    }

    private static JsonPath openApi() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    /** {@code "GET /api/interviews/{id}"} to the operation's JsonPath in the document, for every path under /api. */
    private static Map<String, String> apiOperations(JsonPath document) {
        Map<String, String> operations = new TreeMap<>();
        Map<String, Object> paths = document.getMap("paths");
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                ((Map<?, ?>) item).keySet().stream().filter(HTTP_METHODS::contains).forEach(method ->
                        operations.put(((String) method).toUpperCase() + " " + path,
                                operationPath(path, (String) method)));
            }
        });
        return operations;
    }

    private static String operationPath(String path, String method) {
        return "paths.'" + path + "'." + method;
    }

    private static Set<String> readmeOperations() throws IOException {
        Set<String> operations = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("### `")) {
                Matcher operation = README_OPERATION.matcher(line);
                while (operation.find()) {
                    operations.add(operation.group(1) + " " + operation.group(2));
                }
            }
        }
        return operations;
    }

    private static Map<String, Object> withoutDescription(Map<String, Object> scheme) {
        Map<String, Object> rest = new HashMap<>(scheme);
        assertTrue(rest.remove("description") != null, "each sign-in says what it is: " + scheme);
        return rest;
    }
}
