package io.interviews.gateway;

import io.interviews.events.CloudEventHeaders;
import io.interviews.events.DecisionRefused;
import io.interviews.events.LetterKind;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.RecruiterDecided.Decision;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.awaitHandled;
import static io.interviews.gateway.TestInterviews.awaitStatus;
import static io.interviews.gateway.TestInterviews.decide;
import static io.interviews.gateway.TestInterviews.kafka;
import static io.interviews.gateway.TestInterviews.opened;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.register;
import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A recruiter approves or rejects the drafted letter, once, and the decision goes out on the decisions topic. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RecruiterDecisionTest {

    /** Who a request with the recruiter key is ({@code interview.gateway.recruiter-key-name}). */
    private static final String KEY_CLIENT = "api-client";

    @Test
    void anApprovalWithAnAdjustedSalaryIsEmittedAsRecruiterDecided() {
        Registration interview = drafted(LetterKind.OFFER);

        // a name in the request is not who decides: the key's identity is
        given().header("X-Recruiter-Key", RECRUITER_KEY).header("X-Recruiter-Name", "Grace Hopper")
                .contentType(ContentType.JSON).body(Map.of("annualSalary", 72000, "note", "Strong system design."))
                .post("/api/recruiter/interviews/{id}/approve", interview.id())
                .then().statusCode(202)
                .body("decision", equalTo("APPROVE"))
                .body("annualSalary", equalTo(72000))
                .body("recruiter", equalTo(KEY_CLIENT))
                .body("note", equalTo("Strong system design."))
                .body("decidedAt", notNullValue());

        RecruiterDecided decided = awaitDecision(interview.id());
        assertEquals(Decision.APPROVE, decided.decision());
        assertEquals(0, new BigDecimal("72000").compareTo(decided.annualSalary()), String.valueOf(decided));
        assertEquals(KEY_CLIENT, decided.recruiter());
        assertEquals("Strong system design.", decided.note());
        given().header("X-Recruiter-Key", RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}", interview.id())
                .then().statusCode(200)
                .body("status", equalTo("AWAITING_DECISION"))
                .body("decision.decision", equalTo("APPROVE"))
                .body("decision.annualSalary", equalTo(72000))
                .body("sentLetter", nullValue());
    }

    @Test
    void aRejectionIsEmittedUnderTheKeysIdentityAndNoSalary() {
        Registration interview = drafted(LetterKind.OFFER);

        decide(interview.id(), "reject", Map.of("note", "Position filled internally."))
                .then().statusCode(202)
                .body("decision", equalTo("REJECT"))
                .body("annualSalary", nullValue())
                .body("recruiter", equalTo(KEY_CLIENT));

        RecruiterDecided decided = awaitDecision(interview.id());
        assertEquals(Decision.REJECT, decided.decision());
        assertNull(decided.annualSalary());
        assertEquals(KEY_CLIENT, decided.recruiter());
        assertEquals("Position filled internally.", decided.note());
    }

    @Test
    void anInterviewIsDecidedOnlyOnce() {
        Registration interview = drafted(LetterKind.OFFER);
        approve(interview.id()).then().statusCode(202);

        approve(interview.id()).then().statusCode(409).body("detail", containsString("decision already recorded"));
        given().header("X-Recruiter-Key", RECRUITER_KEY).noContentType()
                .post("/api/recruiter/interviews/{id}/reject", interview.id())
                .then().statusCode(409).body("detail", containsString("decision already recorded: APPROVE"));

        RecruiterDecided decided = awaitDecision(interview.id());
        List<ConsumerRecord<String, String>> forThisInterview = kafka().readAll(Topics.DECISIONS, TIMEOUT).stream()
                .filter(keyed(interview.id()))
                .toList();
        assertEquals(List.of(decided.eventId().toString()), forThisInterview.stream()
                .map(record -> TopicProbe.headers(record).get(CloudEventHeaders.ID)).distinct().toList());
    }

    @Test
    void nothingCanBeDecidedBeforeALetterIsDrafted() {
        Registration interview = register();

        approve(interview.id()).then().statusCode(409).body("detail", containsString("no letter has been drafted"));
        given().header("X-Recruiter-Key", RECRUITER_KEY).noContentType()
                .post("/api/recruiter/interviews/{id}/reject", interview.id())
                .then().statusCode(409);
        given().header("X-Recruiter-Key", RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}", interview.id())
                .then().statusCode(200).body("decision", nullValue());
    }

    @Test
    void decisionsNeedTheRecruiterKey() {
        Registration interview = drafted(LetterKind.OFFER);
        for (String action : List.of("approve", "reject")) {
            String path = "/api/recruiter/interviews/" + interview.id() + "/" + action;
            given().noContentType().post(path)
                    .then().statusCode(401).body("detail", containsString("X-Recruiter-Key"));
            given().header("X-Recruiter-Key", "guess").noContentType().post(path).then().statusCode(401);
        }
        given().header("X-Recruiter-Key", RECRUITER_KEY).noContentType()
                .post("/api/recruiter/interviews/{id}/approve", UUID.randomUUID())
                .then().statusCode(404);
        // the refused attempts recorded nothing: the interview can still be decided
        approve(interview.id()).then().statusCode(202);
    }

    @Test
    void aSalaryMustBePositiveAndBelongsOnlyToAnOffer() {
        Registration offer = drafted(LetterKind.OFFER);
        for (Object salary : List.of(-5000, 0)) {
            decide(offer.id(), "approve", Map.of("annualSalary", salary))
                    .then().statusCode(400)
                    .body("violations[0].field", equalTo("annualSalary"))
                    .body("detail", containsString("must be a positive whole amount"));
        }
        for (long outside : List.of(StageEvents.OFFERED_SALARY.minimum() - 1, StageEvents.OFFERED_SALARY.maximum() + 1)) {
            decide(offer.id(), "approve", Map.of("annualSalary", outside))
                    .then().statusCode(400)
                    .body("violations[0].field", equalTo("annualSalary"))
                    .body("detail", containsString("GBP 65000–80000"));
        }
        decide(offer.id(), "approve", Map.of("annualSalary", "a lot"))
                .then().statusCode(400).body("violations[0].field", equalTo("annualSalary"));
        decide(offer.id(), "approve", Map.of("note", "x".repeat(2001)))
                .then().statusCode(400).body("violations[0].field", equalTo("note"));

        Registration feedback = drafted(LetterKind.FEEDBACK);
        decide(feedback.id(), "approve", Map.of("annualSalary", 50000))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("annualSalary"))
                .body("detail", containsString("only an offer has a salary"));
        // without a body the feedback letter is approved as drafted
        approve(feedback.id()).then().statusCode(202).body("annualSalary", nullValue());
        assertNull(awaitDecision(feedback.id()).annualSalary());
    }

    @Test
    void aFractionalSalaryIsRefusedByTheSameRuleTheOfferServiceApplies() {
        Registration offer = drafted(LetterKind.OFFER);

        decide(offer.id(), "approve", "{\"annualSalary\": 72000.5}")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations[0].field", equalTo("annualSalary"))
                .body("violations[0].message", equalTo(RecruiterDecided.salaryProblem(new BigDecimal("72000.5"))));

        // nothing was recorded: a whole amount (trailing zeros are fine) is taken
        decide(offer.id(), "approve", "{\"annualSalary\": 72000.00}")
                .then().statusCode(202);
        assertEquals(0, new BigDecimal("72000").compareTo(awaitDecision(offer.id()).annualSalary()));
    }

    @Test
    void aDecisionTheOfferServiceRefusesIsReopenedWithTheReasonAndCanBeTakenAgain() {
        Registration interview = drafted(LetterKind.OFFER);
        decide(interview.id(), "approve", Map.of("annualSalary", 72000, "note", "Stretch offer."))
                .then().statusCode(202);
        RecruiterDecided decided = awaitDecision(interview.id());
        String reason = "offer letter for interview " + interview.id()
                + ": approval refused: salary GBP 72000 is outside the P40–P60 window (GBP 61,000–69,800)";

        // a refusal of some other decision (not the one recorded) changes nothing
        RecruiterDecided other = RecruiterDecided.of(interview.id(), Decision.REJECT, null, "someone", null);
        awaitHandled(publish(Topics.LETTERS, DecisionRefused.of(other, "not this one")));
        recruiterView(interview.id()).body("decision.decision", equalTo("APPROVE"))
                .body("refusedDecision", nullValue());

        publish(Topics.LETTERS, DecisionRefused.of(decided, reason));

        await().atMost(TIMEOUT).until(() -> recruiterView(interview.id()).extract().path("decision") == null);
        recruiterView(interview.id())
                .body("status", equalTo("AWAITING_DECISION"))
                .body("refusedDecision.decision", equalTo("APPROVE"))
                .body("refusedDecision.annualSalary", equalTo(72000))
                .body("refusedDecision.recruiter", equalTo(KEY_CLIENT))
                .body("refusedDecision.note", equalTo("Stretch offer."))
                .body("refusedDecision.reason", equalTo(reason))
                .body("refusedDecision.refusedAt", notNullValue());
        decide(interview.id(), "approve", Map.of("annualSalary", 66000))
                .then().statusCode(202).body("annualSalary", equalTo(66000));
        recruiterView(interview.id())
                .body("decision.annualSalary", equalTo(66000))
                .body("refusedDecision.reason", equalTo(reason));
    }

    private static ValidatableResponse recruiterView(UUID interviewId) {
        return given().header("X-Recruiter-Key", RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}", interviewId)
                .then().statusCode(200);
    }

    /** An interview scored and its letter of {@code kind} drafted, waiting for a recruiter. */
    static Registration drafted(LetterKind kind) {
        Registration interview = register();
        publish(Topics.SCORED, StageEvents.scored(interview.id(), kind));
        publish(Topics.LETTERS, StageEvents.drafted(interview.id(), kind));
        awaitStatus(interview, "AWAITING_DECISION");
        return interview;
    }

    /** Approves as drafted: no body (and no Content-Type, as curl sends it), no recruiter name. */
    static Response approve(UUID interviewId) {
        return given().header("X-Recruiter-Key", RECRUITER_KEY).noContentType()
                .post("/api/recruiter/interviews/{id}/approve", interviewId);
    }

    /** The decision the gateway published for the interview, checked to carry the event's key and type. */
    static RecruiterDecided awaitDecision(UUID interviewId) {
        ConsumerRecord<String, String> record = kafka().awaitRecord(Topics.DECISIONS,
                keyed(interviewId).and(r -> RecruiterDecided.TYPE.equals(
                        TopicProbe.headers(r).get(CloudEventHeaders.TYPE))),
                TIMEOUT);
        RecruiterDecided decided = opened(record, RecruiterDecided.class);
        assertEquals(interviewId, decided.interviewId());
        return decided;
    }
}
