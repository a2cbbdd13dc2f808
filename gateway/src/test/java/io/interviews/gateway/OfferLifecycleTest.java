package io.interviews.gateway;

import io.interviews.events.CandidateResponded;
import io.interviews.events.CloudEventHeaders;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewConcluded.Outcome;
import io.interviews.events.Language;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided.Decision;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.interviews.gateway.RecruiterDecisionTest.approve;
import static io.interviews.gateway.RecruiterDecisionTest.awaitDecision;
import static io.interviews.gateway.RecruiterDecisionTest.drafted;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.awaitStatus;
import static io.interviews.gateway.TestInterviews.decide;
import static io.interviews.gateway.TestInterviews.kafka;
import static io.interviews.gateway.TestInterviews.openEventStream;
import static io.interviews.gateway.TestInterviews.opened;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.register;
import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the recruiter's decision the offer-service sends the letter and concludes the application (played here by
 * publishing its events); the candidate sees only the sent letter and answers an offer once.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OfferLifecycleTest {

    private static final String SENT_OFFER =
            "# Offer\n\nDear Ada Lovelace, we are pleased to offer you the role at GBP 72,000 a year.";

    @Test
    void anAcceptedOfferEndsHired() {
        Registration interview = drafted(LetterKind.OFFER);
        approve(interview.id()).then().statusCode(202);
        assertEquals(Decision.APPROVE, awaitDecision(interview.id()).decision());

        publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.OFFER, Language.EN, SENT_OFFER));
        awaitStatus(interview, "OFFER_SENT");
        letter(interview).statusCode(200)
                .body("kind", equalTo("OFFER"))
                .body("markdown", equalTo(SENT_OFFER))
                .body("sentAt", notNullValue());

        respond(interview, "accept", Map.of("comment", "Delighted to join!")).statusCode(202)
                .body("accepted", equalTo(true))
                .body("comment", equalTo("Delighted to join!"))
                .body("respondedAt", notNullValue());
        CandidateResponded responded = awaitResponse(interview.id());
        assertTrue(responded.accepted());
        assertEquals("Delighted to join!", responded.comment());
        candidateView(interview).body("status", equalTo("OFFER_SENT")).body("offerResponse.accepted", equalTo(true));

        respond(interview, "accept", Map.of()).statusCode(409).body("detail", containsString("already been accepted"));
        respond(interview, "decline", Map.of()).statusCode(409);

        publish(Topics.LETTERS, InterviewConcluded.of(interview.id(), Outcome.HIRED, "offer accepted"));
        awaitStatus(interview, "HIRED");
        given().header("X-Recruiter-Key", RECRUITER_KEY).get("/api/recruiter/interviews/{id}", interview.id())
                .then().statusCode(200)
                .body("status", equalTo("HIRED"))
                .body("sentLetter.markdown", equalTo(SENT_OFFER))
                .body("offerResponse.comment", equalTo("Delighted to join!"))
                .body("conclusion.outcome", equalTo("HIRED"))
                .body("conclusion.reason", equalTo("offer accepted"));
        given().header("X-Recruiter-Key", RECRUITER_KEY).get("/api/recruiter/interviews?status=HIRED")
                .then().statusCode(200).body("interviewId", hasItem(interview.id().toString()));
    }

    @Test
    void aDeclinedOfferEndsInTheTalentPool() {
        Registration interview = drafted(LetterKind.OFFER);
        approve(interview.id()).then().statusCode(202);
        publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.OFFER, Language.EN, SENT_OFFER));
        awaitStatus(interview, "OFFER_SENT");

        // no body: declining needs no comment
        given().header("Authorization", interview.bearer()).noContentType()
                .post("/api/interviews/{id}/offer/decline", interview.id())
                .then().statusCode(202).body("accepted", equalTo(false)).body("comment", nullValue());
        CandidateResponded responded = awaitResponse(interview.id());
        assertFalse(responded.accepted());
        respond(interview, "accept", Map.of()).statusCode(409).body("detail", containsString("already been declined"));

        publish(Topics.LETTERS, InterviewConcluded.of(interview.id(), Outcome.TALENT_POOL, "offer declined"));
        awaitStatus(interview, "TALENT_POOL");
        letter(interview).statusCode(200).body("markdown", equalTo(SENT_OFFER));
    }

    @Test
    void aRejectedLetterIsNeverShownAndTheApplicationEndsInTheTalentPool() {
        Registration interview = drafted(LetterKind.OFFER);
        decide(interview.id(), "reject", Map.of("note", "Budget frozen."))
                .then().statusCode(202);
        assertEquals(Decision.REJECT, awaitDecision(interview.id()).decision());

        publish(Topics.LETTERS, InterviewConcluded.of(interview.id(), Outcome.TALENT_POOL, "rejected by recruiter"));
        awaitStatus(interview, "TALENT_POOL");
        letter(interview).statusCode(404);
        respond(interview, "accept", Map.of()).statusCode(409).body("detail", containsString("no sent offer"));
    }

    @Test
    void theCandidateNeverSeesTheDraftAndCannotAnswerItsOffer() {
        Registration interview = drafted(LetterKind.OFFER);

        letter(interview).statusCode(404).body("detail", equalTo("no letter has been sent yet"));
        candidateView(interview).body("$", not(hasKey("letter"))).body("offerResponse", nullValue());
        respond(interview, "accept", Map.of()).statusCode(409);
        Registration someoneElse = register();
        given().header("Authorization", someoneElse.bearer()).get("/api/interviews/{id}/letter", interview.id())
                .then().statusCode(404);
        given().header("Authorization", someoneElse.bearer()).noContentType()
                .post("/api/interviews/{id}/offer/accept", interview.id())
                .then().statusCode(404);
        // the refused attempts recorded nothing: once the offer is sent it can be answered
        approve(interview.id()).then().statusCode(202);
        publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.OFFER, Language.EN, SENT_OFFER));
        awaitStatus(interview, "OFFER_SENT");
        respond(interview, "accept", Map.of()).statusCode(202);
    }

    @Test
    void theCandidateIsToldLiveWhenTheOfferIsSentAndWhenTheApplicationEnds() throws IOException {
        Registration interview = drafted(LetterKind.OFFER);
        approve(interview.id()).then().statusCode(202);
        try (SseRecorder stream = openEventStream(interview, interview.bearer())) {
            // each change is caused once the previous one was told: a stream reports the status it reads, so two
            // changes committed before it reads (here, the letter sent and the application ended) are told as one
            await().atMost(TIMEOUT).until(() -> !stream.events("status").isEmpty());
            publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.OFFER, Language.EN, SENT_OFFER));
            await().atMost(TIMEOUT).until(() -> stream.events("status").size() >= 2);
            publish(Topics.LETTERS, InterviewConcluded.of(interview.id(), Outcome.HIRED, "offer accepted"));

            await().atMost(TIMEOUT).until(() -> stream.events("status").size() >= 3);
            assertEquals(List.of("AWAITING_DECISION", "OFFER_SENT", "HIRED"), stream.events("status").stream()
                    .map(event -> event.data().replaceAll(".*\"status\":\"([A-Z_]+)\".*", "$1"))
                    .toList());
        }
    }

    @Test
    void aSentFeedbackLetterIsShownButCannotBeAccepted() {
        Registration interview = drafted(LetterKind.FEEDBACK);
        approve(interview.id()).then().statusCode(202);
        String feedback = "# Your application\n\nDear Ada Lovelace, thank you for your time.";
        publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.FEEDBACK, Language.EN, feedback));

        awaitStatus(interview, "FEEDBACK_SENT");
        letter(interview).statusCode(200).body("kind", equalTo("FEEDBACK")).body("markdown", equalTo(feedback));
        respond(interview, "accept", Map.of()).statusCode(409).body("detail", containsString("FEEDBACK_SENT"));
        respond(interview, "decline", Map.of("comment", "x".repeat(2001))).statusCode(400)
                .body("violations[0].field", equalTo("comment"));
    }

    @Test
    void anotherEventTypeOnTheLettersTopicIsDeadLetteredAndLateLettersNeverReopenAnOutcome() {
        Registration interview = drafted(LetterKind.OFFER);
        approve(interview.id()).then().statusCode(202);
        publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.OFFER, Language.EN, SENT_OFFER));
        publish(Topics.LETTERS, InterviewConcluded.of(interview.id(), Outcome.HIRED, "offer accepted"));
        awaitStatus(interview, "HIRED");

        // late and repeated letter events, then a stray event type: same key, so handled in this order
        publish(Topics.LETTERS, StageEvents.drafted(interview.id(), LetterKind.FEEDBACK));
        publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.FEEDBACK, Language.EN, "# Sorry"));
        publish(Topics.LETTERS, InterviewConcluded.of(interview.id(), Outcome.TALENT_POOL, "late"));
        QuestionAsked stray = QuestionAsked.of(interview.id(), "tech", "tech-1", "Hello?", false, 1, 3);
        publish(Topics.LETTERS, stray);

        ConsumerRecord<String, String> dead = kafka().awaitRecord(Topics.DEAD_LETTERS,
                record -> record.value().contains(stray.eventId().toString()), TIMEOUT);
        assertEquals("unexpected " + QuestionAsked.TYPE + " on interview.letters"
                        + " (expected LetterDrafted, LetterSent, InterviewConcluded or DecisionRefused)",
                TopicProbe.headers(dead).get("dead-letter-reason"));
        given().header("X-Recruiter-Key", RECRUITER_KEY).get("/api/recruiter/interviews/{id}", interview.id())
                .then().statusCode(200)
                .body("status", equalTo("HIRED"))
                .body("letter.kind", equalTo("OFFER"))
                .body("sentLetter.kind", equalTo("OFFER"))
                .body("sentLetter.markdown", equalTo(SENT_OFFER))
                .body("conclusion.outcome", equalTo("HIRED"));
    }

    private static ValidatableResponse letter(Registration interview) {
        return given().header("Authorization", interview.bearer())
                .get("/api/interviews/{id}/letter", interview.id())
                .then();
    }

    private static ValidatableResponse candidateView(Registration interview) {
        return given().header("Authorization", interview.bearer())
                .get("/api/interviews/{id}", interview.id())
                .then().statusCode(200);
    }

    private static ValidatableResponse respond(Registration interview, String answer, Map<String, Object> body) {
        return given().header("Authorization", interview.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/interviews/{id}/offer/" + answer, interview.id())
                .then();
    }

    private static CandidateResponded awaitResponse(UUID interviewId) {
        ConsumerRecord<String, String> record = kafka().awaitRecord(Topics.DECISIONS,
                keyed(interviewId).and(r -> CandidateResponded.TYPE.equals(
                        TopicProbe.headers(r).get(CloudEventHeaders.TYPE))),
                TIMEOUT);
        return opened(record, CandidateResponded.class);
    }
}
