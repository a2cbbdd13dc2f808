package io.interviews.deploy.stack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's HTTP API as a candidate (and a recruiter) uses it; nothing else is reachable from here. */
public final class InterviewClient {

    private static final String INVITATIONS = "api/recruiter/interviews";
    private static final String RECRUITER_KEY_HEADER = "X-Recruiter-Key";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public InterviewClient(String gatewayUrl) {
        this.gateway = URI.create(gatewayUrl.endsWith("/") ? gatewayUrl : gatewayUrl + "/");
    }

    public record Application(Map<String, String> candidate, Map<String, String> position, String language,
                              List<Map<String, Object>> plan) {
    }

    /** A recruiter's invitation: the candidate's link ({@code candidateUrl}) and, for an API client, id and token. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Registration(String interviewId, String candidateToken, String candidateUrl, String expiresAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpenQuestion(String questionId, String stage, String text, boolean followUp, int number,
                               int plannedQuestions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(String interviewId, String status, String currentStage, OpenQuestion openQuestion,
                         int answeredQuestions) {

        public boolean inProgress() {
            return "IN_PROGRESS".equals(status);
        }
    }

    /** An HTTP answer that was not the expected success. */
    public static final class UnexpectedResponse extends RuntimeException {
        private final int statusCode;

        UnexpectedResponse(String request, int statusCode, String body) {
            super(request + " -> HTTP " + statusCode + ": " + body);
            this.statusCode = statusCode;
        }

        public int statusCode() {
            return statusCode;
        }
    }

    /** Invites a candidate as the recruiter holding {@code recruiterKey}: the only way an interview starts. */
    public Registration invite(Application application, String recruiterKey) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(INVITATIONS))
                .timeout(Duration.ofSeconds(10))
                .header(RECRUITER_KEY_HEADER, recruiterKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(application)))
                .build();
        return read(exchange(request, "POST /" + INVITATIONS, 201), Registration.class);
    }

    public Status status(Registration interview) {
        return read(send("GET", "api/interviews/" + interview.interviewId(), interview.candidateToken(), null, 200),
                Status.class);
    }

    public void answer(Registration interview, String questionId, String text) {
        send("POST", "api/interviews/" + interview.interviewId() + "/answers", interview.candidateToken(),
                Map.of("questionId", questionId, "text", text), 202);
    }

    /** The recruiter's view of one interview, as JSON text (scores, letter, transcript). */
    public String recruiterView(String interviewId, String recruiterKey) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(INVITATIONS + "/" + interviewId))
                .timeout(Duration.ofSeconds(10))
                .header(RECRUITER_KEY_HEADER, recruiterKey)
                .GET()
                .build();
        return exchange(request, "GET recruiter view", 200);
    }

    private String send(String method, String path, String token, Object body, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return exchange(request.build(), method + " /" + path, expectedStatus);
    }

    private String exchange(HttpRequest request, String label, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new UnexpectedResponse(label, response.statusCode(), response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(label + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(label + " interrupted", e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unexpected JSON from the gateway: " + json, e);
        }
    }
}
