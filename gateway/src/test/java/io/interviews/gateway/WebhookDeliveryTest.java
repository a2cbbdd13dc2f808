package io.interviews.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.interviews.events.CandidateResponded;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.gateway.repository.WebhookDelivery;
import io.interviews.gateway.repository.WebhookRepository;
import io.interviews.gateway.webhook.WebhookLogRetention;
import io.interviews.gateway.webhook.WebhookSignature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.recruiter;
import static io.interviews.gateway.TestInterviews.register;
import static io.interviews.gateway.TestInterviews.unsubscribeAllWebhooks;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks end to end: events consumed from the real broker reach a WireMock receiver as signed CloudEvents, in order
 * per interview, retried while the receiver fails, given up after the retry window, and sent again on replay.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(ServiceStubs.class)
class WebhookDeliveryTest {

    private static final String WEBHOOKS = "/api/recruiter/webhooks";
    private static final List<String> SCORING_EVENTS = List.of(StageCompleted.TYPE, InterviewScored.TYPE,
            LetterDrafted.TYPE);

    WireMockServer receiver;

    @Inject
    WebhookRepository repository;

    @Inject
    WebhookLogRetention retention;

    @AfterEach
    void unsubscribeAll() {
        unsubscribeAllWebhooks();
    }

    @Test
    void aSubscriptionIsCheckedAndListedWithoutItsSecret() {
        recruiter().contentType(ContentType.JSON).body(Map.of("url", "ftp://ats.example.com/hook",
                "eventTypes", SCORING_EVENTS)).post(WEBHOOKS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", containsString("url"));
        recruiter().contentType(ContentType.JSON).body(Map.of("url", "https://ats.example.com/hook",
                "eventTypes", List.of("interview.answer-submitted.v1"))).post(WEBHOOKS)
                .then().statusCode(400).body("detail", containsString("interview.answer-submitted.v1"));
        recruiter().contentType(ContentType.JSON).body(Map.of("url", "https://ats.example.com/hook",
                "eventTypes", List.of())).post(WEBHOOKS).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("url", "https://ats.example.com/hook",
                "eventTypes", SCORING_EVENTS)).post(WEBHOOKS).then().statusCode(401);
        recruiter().delete(WEBHOOKS + "/{id}", UUID.randomUUID()).then().statusCode(404);

        String secret = subscribe("https://ats.example.com/hook").getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        recruiter().get(WEBHOOKS).then().statusCode(200)
                .body("url", equalTo(List.of("https://ats.example.com/hook")))
                .body("eventTypes[0]", equalTo(SCORING_EVENTS))
                .body("createdBy[0]", equalTo("api-client"))
                .body("[0]", not(hasKey("secret")));
    }

    @Test
    void eventsArriveSignedAndInOrderAndWaitWhileTheReceiverFails() {
        String path = "/ats/" + UUID.randomUUID();
        receiver.stubFor(post(path).inScenario(path).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody("maintenance")).willSetStateTo("failed once"));
        receiver.stubFor(post(path).inScenario(path).whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        receiver.stubFor(post(path).inScenario(path).whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(204)));
        JsonPath subscription = subscribe("http://127.0.0.1:" + receiver.port() + path);

        Registration interview = register();
        awaitIntakeQueued(subscription.getString("id"), interview.id());
        StageCompleted tech = StageEvents.completed(StageEvents.intake(interview.id()), "tech", 80);
        StageCompleted hr = StageEvents.completed(tech, "hr", 70);
        StageCompleted boss = StageEvents.completed(hr, "boss", 90);
        InterviewScored scored = StageEvents.scored(boss);
        LetterDrafted offer = StageEvents.offer(scored);
        publish(Topics.STAGE_COMPLETED, tech);
        publish(Topics.STAGE_COMPLETED, hr);
        publish(Topics.STAGE_COMPLETED, boss);
        publish(Topics.SCORED, scored);
        publish(Topics.LETTERS, offer);

        // the topics deliver in their order; the intake, first, waits out the receiver's two failures
        List<Map<String, Object>> log = awaitDelivered(subscription.getString("id"), interview.id(), 6);
        assertEquals(Set.of(tech.eventId(), hr.eventId(), boss.eventId(), scored.eventId(), offer.eventId()).stream()
                .map(UUID::toString).collect(Collectors.toSet()), log.stream().skip(1).map(entry -> entry.get("eventId"))
                .collect(Collectors.toSet()));
        assertEquals(Stream.of(tech, hr, boss).map(event -> event.eventId().toString()).toList(), log.stream().skip(1)
                .filter(entry -> StageCompleted.TYPE.equals(entry.get("eventType"))).map(entry -> entry.get("eventId"))
                .toList(), "one topic's events are delivered in its order");
        assertEquals(3, log.get(0).get("attempts"), "two failures, then delivered");
        assertEquals(204, log.get(0).get("lastStatusCode"));
        for (int i = 1; i < log.size(); i++) {
            assertEquals(1, log.get(i).get("attempts"));
            assertTrue(instant(log.get(i), "firstAttemptAt").isAfter(instant(log.get(i - 1), "deliveredAt")),
                    "a delivery is first sent only once the one before it is delivered: " + log);
        }

        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertEquals(8, requests.size());
        for (LoggedRequest request : requests) {
            String body = request.getBodyAsString();
            assertEquals(WebhookSignature.sign(subscription.getString("secret"), request.getHeader("webhook-id"),
                    Long.parseLong(request.getHeader("webhook-timestamp")), body),
                    request.getHeader("webhook-signature"));
            assertEquals("1.0", request.getHeader("ce-specversion"));
            assertEquals(interview.id().toString(), request.getHeader("ce-subject"));
            assertTrue(body.contains("\"eventId\":\"" + request.getHeader("ce-id") + "\""), body);
            assertTrue(body.contains("\"type\":\"" + request.getHeader("ce-type") + "\""), body);
            assertFalse(body.contains("Ada Lovelace") || body.contains("Dear"),
                    "no personal data to a plain-HTTP receiver: " + body);
        }
        assertTrue(requests.stream().anyMatch(request -> request.getBodyAsString().contains("\"total\":"
                + scored.total())));
    }

    @Test
    void aReceiverThatNeverRecoversIsGivenUpWithoutHoldingBackLaterEventsAndCanBeReplayed() {
        String path = "/ats/" + UUID.randomUUID();
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(500).withBody("broken")));
        String subscription = subscribe("http://127.0.0.1:" + receiver.port() + path).getString("id");
        Registration interview = register();
        awaitIntakeQueued(subscription, interview.id());
        StageCompleted tech = StageEvents.completed(StageEvents.intake(interview.id()), "tech", 80);
        publish(Topics.STAGE_COMPLETED, tech);

        // the invitation's own event (stage "intake") and the tech stage's
        Map<String, Object> failed = awaitLog(subscription, interview.id(), 2, "FAILED").get(1);
        assertEquals(tech.eventId().toString(), failed.get("eventId"));
        assertTrue((Integer) failed.get("attempts") > 2, failed.toString());
        assertEquals(500, failed.get("lastStatusCode"));
        assertEquals("answered 500: broken", failed.get("lastError"));

        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200)));
        publish(Topics.STAGE_COMPLETED, StageEvents.completed(tech, "hr", 70));
        awaitLog(subscription, interview.id(), 3, "FAILED", "FAILED", "DELIVERED");

        recruiter().post(WEBHOOKS + "/{id}/deliveries/{delivery}/replay", subscription, failed.get("deliveryId"))
                .then().statusCode(202).body("status", equalTo("PENDING"));
        awaitLog(subscription, interview.id(), 3, "FAILED", "DELIVERED", "DELIVERED");
        recruiter().post(WEBHOOKS + "/{id}/deliveries/{delivery}/replay", subscription, UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void theRecruitersDecisionAndTheCandidatesAnswerAreDeliveredToo() {
        String path = "/ats/" + UUID.randomUUID();
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200)));
        String subscription = subscribe("http://127.0.0.1:" + receiver.port() + path,
                List.of(RecruiterDecided.TYPE, CandidateResponded.TYPE)).getString("id");
        Registration interview = RecruiterDecisionTest.drafted(LetterKind.OFFER);
        RecruiterDecisionTest.approve(interview.id()).then().statusCode(202);
        publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.OFFER, Language.EN, "# Offer"));
        TestInterviews.awaitStatus(interview, "OFFER_SENT");
        given().header("Authorization", interview.bearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/interviews/{id}/offer/accept", interview.id()).then().statusCode(202);

        assertEquals(List.of(RecruiterDecided.TYPE, CandidateResponded.TYPE),
                awaitDelivered(subscription, interview.id(), 2).stream().map(entry -> entry.get("eventType")).toList());
        List<String> bodies = receiver.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        assertTrue(bodies.stream().anyMatch(body -> body.contains("\"decision\":\"APPROVE\"")), bodies.toString());
        assertTrue(bodies.stream().anyMatch(body -> body.contains("\"accepted\":true")), bodies.toString());
        assertTrue(bodies.stream().noneMatch(body -> body.contains("api-client")), "no recruiter name over HTTP");
    }

    @Test
    void anErasureIsDeliveredAndTheInterviewsEarlierDeliveriesLeaveTheLog() {
        String path = "/ats/" + UUID.randomUUID();
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(204)));
        String subscription = subscribe("http://127.0.0.1:" + receiver.port() + path,
                List.of(StageCompleted.TYPE, InterviewErased.TYPE)).getString("id");
        Registration interview = register();
        awaitDelivered(subscription, interview.id(), 1);

        recruiter().delete("/api/recruiter/interviews/{id}", interview.id()).then().statusCode(200);

        List<Map<String, Object>> log = awaitDelivered(subscription, interview.id(), 1);
        assertEquals(InterviewErased.TYPE, log.get(0).get("eventType"), "the intake's delivery went with the interview");
        LoggedRequest erased = receiver.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .filter(request -> InterviewErased.TYPE.equals(request.getHeader("ce-type"))).findFirst().orElseThrow();
        assertEquals(interview.id().toString(), erased.getHeader("ce-subject"));
        assertTrue(erased.getBodyAsString().contains("\"reason\":\"REQUEST\""), erased.getBodyAsString());
    }

    @Test
    void settledDeliveriesLeaveTheLogAfterTheRetentionPeriodAndPendingOnesStay() {
        UUID subscription = UUID.fromString(subscribe("https://ats.example.com/hook").getString("id"));
        UUID interviewId = UUID.randomUUID();
        Instant monthAgo = Instant.now().minus(Duration.ofDays(31));
        QuarkusTransaction.requiringNew().run(() -> {
            repository.persist(delivery(subscription, interviewId, WebhookDelivery.Status.DELIVERED, monthAgo));
            repository.persist(delivery(subscription, interviewId, WebhookDelivery.Status.FAILED, monthAgo));
            repository.persist(delivery(subscription, interviewId, WebhookDelivery.Status.PENDING, monthAgo));
            repository.persist(delivery(subscription, interviewId, WebhookDelivery.Status.DELIVERED,
                    Instant.now().minus(Duration.ofDays(1))));
        });

        retention.deleteExpired();

        assertEquals(List.of("PENDING", "DELIVERED"), log(subscription.toString(), interviewId).stream()
                .map(entry -> entry.get("status")).toList());
    }

    /** A delivery last attempted at {@code lastAttempt}; a pending one is not due again for a day. */
    private static WebhookDelivery delivery(UUID subscription, UUID interviewId, WebhookDelivery.Status status,
                                            Instant lastAttempt) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscription;
        delivery.interviewId = interviewId;
        delivery.eventId = UUID.randomUUID();
        delivery.eventType = StageCompleted.TYPE;
        delivery.eventTime = lastAttempt;
        delivery.payload = "{}";
        delivery.status = status;
        delivery.attempts = 1;
        delivery.firstAttemptAt = lastAttempt;
        delivery.lastAttemptAt = lastAttempt;
        delivery.nextAttemptAt = Instant.now().plus(Duration.ofDays(1));
        delivery.createdAt = lastAttempt;
        return delivery;
    }

    private static JsonPath subscribe(String url) {
        return subscribe(url, SCORING_EVENTS);
    }

    private static JsonPath subscribe(String url, List<String> eventTypes) {
        return recruiter().contentType(ContentType.JSON).body(Map.of("url", url, "eventTypes", eventTypes))
                .post(WEBHOOKS).then().statusCode(201).extract().jsonPath();
    }

    /**
     * Waits until the invitation's own stage-completed event (stage {@code intake}), published by the gateway's outbox,
     * is queued, so that the events a test publishes follow it on the topic.
     */
    private static void awaitIntakeQueued(String subscription, UUID interviewId) {
        await().atMost(TIMEOUT).until(() -> log(subscription, interviewId).size() == 1);
    }

    /** The interview's deliveries, oldest first, once they are {@code count} and all delivered. */
    private static List<Map<String, Object>> awaitDelivered(String subscription, UUID interviewId, int count) {
        return awaitLog(subscription, interviewId, count, "DELIVERED");
    }

    /** The interview's deliveries, oldest first, once they are {@code count} with the given statuses in order. */
    private static List<Map<String, Object>> awaitLog(String subscription, UUID interviewId, int count,
                                                      String... statuses) {
        List<String> expected = new ArrayList<>(List.of(statuses));
        while (expected.size() < count) {
            expected.add(statuses[statuses.length - 1]);
        }
        await().atMost(TIMEOUT).untilAsserted(() -> {
            List<Map<String, Object>> log = log(subscription, interviewId);
            assertEquals(expected, log.stream().map(entry -> entry.get("status")).toList(), log.toString());
        });
        return log(subscription, interviewId);
    }

    private static List<Map<String, Object>> log(String subscription, UUID interviewId) {
        ValidatableResponse response = recruiter().get(WEBHOOKS + "/{id}/deliveries", subscription)
                .then().statusCode(200);
        List<Map<String, Object>> entries = new ArrayList<>(response.extract().jsonPath().getList("$"));
        entries.removeIf(entry -> !interviewId.toString().equals(entry.get("interviewId")));
        Collections.reverse(entries);
        return entries;
    }

    private static Instant instant(Map<String, Object> entry, String field) {
        return Instant.parse((String) entry.get(field));
    }
}
