package io.interviews.offer.messaging;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.CandidateResponded;
import io.interviews.events.CloudEventHeaders;
import io.interviews.events.DecisionRefused;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import io.interviews.events.Topics;
import io.interviews.kit.OutboxMessage;
import io.interviews.testsupport.PdfText;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The human in the loop: recruiters' and candidates' decisions arrive on interview.decisions. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class LetterLifecycleFlowTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * The seed case's total 73 is CONSIDER, window P40–P60 of the seeded London mid-level backend row (P25 55,000,
     * P50 65,000, P75 77,000): P40 = 55,000 + 10,000·15/25 = 61,000, P60 = 65,000 + 12,000·10/25 = 69,800, and the
     * total's P46 = 55,000 + 10,000·21/25 = 63,400.
     */
    private static final int SEED_SALARY = 63400;
    private static final long SEED_WINDOW_HIGH = 69800;

    private static final TopicProbe topics = TopicProbe.shared();

    @Test
    void anApprovedOfferWithAnAdjustedSalaryIsSentAndItsAcceptanceConcludesInAHire() throws IOException {
        UUID id = drafted(seedCase());

        JsonPath drafted = given().get("/api/letters/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFTED"))
                .body("awaiting", equalTo("recruiter"))
                .body("salary.window", equalTo("P40–P60"))
                .body("salary.currency", equalTo("GBP"))
                .body("profile.name.value", equalTo("李伟"))
                .body("profile.yearsOfExperience.value", equalTo(3.0f))
                .body("profile.expectedSalary.value.low", equalTo(35000))
                .body("profile.expectedSalary.questionId", equalTo("hr-4"))
                .extract().jsonPath();
        assertEquals(SEED_WINDOW_HIGH, drafted.getLong("salary.windowHigh"));
        assertEquals(0, queued(id, LetterSent.TYPE), "nothing is sent before a recruiter approves");

        decide(RecruiterDecided.of(id, RecruiterDecided.Decision.APPROVE, BigDecimal.valueOf(69500), "r.jones",
                "matched their counter-offer"));
        LetterSent sent = EventCodec.decode(awaitLetterEvent(id, LetterSent.TYPE).value(), LetterSent.class);
        assertEquals(LetterKind.OFFER, sent.kind());
        assertTrue(sent.markdown().contains("GBP 69,500"), sent.markdown());
        assertTrue(sent.markdown().contains("该薪酬由招聘团队在该区间内确定"), sent.markdown());
        given().get("/api/letters/{id}", id).then().statusCode(200)
                .body("status", equalTo("SENT"))
                .body("awaiting", equalTo("candidate"))
                .body("salary.amount", equalTo(69500))
                .body("salary.method", containsString("Set by the approving recruiter"))
                .body("decision.recruiter", equalTo("r.jones"))
                .body("markdown", equalTo(sent.markdown()));

        String pdfText = pdfText(id);
        assertTrue(pdfText.contains("李伟"), pdfText);
        assertTrue(pdfText.contains("GBP 69,500"), pdfText);
        given().accept("text/html").get("/api/letters/{id}", id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>录用通知书</h1>"))
                .body(containsString("尊敬的李伟"))
                .body(containsString("<strong>年度基本薪酬：</strong> GBP 69,500"));

        decide(CandidateResponded.of(id, true, "Happy to join!"));
        InterviewConcluded concluded = EventCodec.decode(awaitLetterEvent(id, InterviewConcluded.TYPE).value(),
                InterviewConcluded.class);
        assertEquals(InterviewConcluded.Outcome.HIRED, concluded.outcome());
        given().get("/api/letters/{id}", id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("awaiting", nullValue())
                .body("response.comment", equalTo("Happy to join!"));
    }

    @Test
    void aRejectedOfferIsNeverSentAndConcludesInTheTalentPool() {
        UUID id = drafted(seedCase());

        decide(RecruiterDecided.of(id, RecruiterDecided.Decision.REJECT, null, "r.jones", "role filled internally"));

        InterviewConcluded concluded = EventCodec.decode(awaitLetterEvent(id, InterviewConcluded.TYPE).value(),
                InterviewConcluded.class);
        assertEquals(InterviewConcluded.Outcome.TALENT_POOL, concluded.outcome());
        assertEquals("offer letter rejected by r.jones: role filled internally", concluded.reason());
        given().get("/api/letters/{id}", id).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decision.note", equalTo("role filled internally"));
        assertEquals(0, queued(id, LetterSent.TYPE));
    }

    @Test
    void aSalaryOutsideTheWindowIsRefusedAndLeavesTheLetterAsItWas() {
        UUID id = drafted(seedCase());

        RecruiterDecided tooHigh = RecruiterDecided.of(id, RecruiterDecided.Decision.APPROVE,
                BigDecimal.valueOf(72500), "r.jones", null);
        decide(tooHigh);

        assertEquals("offer letter for interview " + id + ": approval refused: salary GBP 72500 is outside the "
                + "P40–P60 window (GBP 61,000–69,800)", refusalReason(tooHigh));
        given().get("/api/letters/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFTED"))
                .body("salary.amount", equalTo(SEED_SALARY))
                .body("decision", nullValue());
        assertEquals(0, queued(id, LetterSent.TYPE));

        decide(RecruiterDecided.of(id, RecruiterDecided.Decision.APPROVE, null, "r.jones", null));
        LetterSent sent = EventCodec.decode(awaitLetterEvent(id, LetterSent.TYPE).value(), LetterSent.class);
        assertTrue(sent.markdown().contains("GBP 63,400"), sent.markdown());
    }

    @Test
    void aFractionalSalaryInsideTheWindowIsRefusedBackToTheGatewayAndChangesNothing() {
        UUID id = drafted(seedCase());

        RecruiterDecided fractional = RecruiterDecided.of(id, RecruiterDecided.Decision.APPROVE,
                new BigDecimal("65000.5"), "r.jones", "split the difference");
        decide(fractional);

        DecisionRefused refused = awaitRefusal(fractional);
        assertEquals("offer letter for interview " + id + ": approval refused: the salary must be a positive whole "
                + "amount, not 65000.5", refused.reason());
        assertEquals(RecruiterDecided.Decision.APPROVE, refused.decision());
        assertEquals(new BigDecimal("65000.5"), refused.annualSalary());
        assertEquals("r.jones", refused.recruiter());
        given().get("/api/letters/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFTED"))
                .body("awaiting", equalTo("recruiter"))
                .body("salary.amount", equalTo(SEED_SALARY))
                .body("decision", nullValue());
        assertEquals(0, queued(id, LetterSent.TYPE));
        // the refusal was handled, not dead-lettered: the next decision is taken
        decide(RecruiterDecided.of(id, RecruiterDecided.Decision.APPROVE, new BigDecimal("65000"), "r.jones", null));
        LetterSent sent = EventCodec.decode(awaitLetterEvent(id, LetterSent.TYPE).value(), LetterSent.class);
        assertTrue(sent.markdown().contains("GBP 65,000"), sent.markdown());
    }

    @Test
    void decisionsOnTheWrongStateAreRefusedWithTheReasonAndChangeNothing() {
        UUID id = drafted(seedCase());

        CandidateResponded tooEarly = CandidateResponded.of(id, true, null);
        decide(tooEarly);
        assertTrue(deadLetterReason(tooEarly).endsWith("the offer is DRAFTED, only a SENT offer can be answered"));
        given().get("/api/letters/{id}", id).then().body("status", equalTo("DRAFTED"));

        decide(RecruiterDecided.of(id, RecruiterDecided.Decision.APPROVE, null, "r.jones", null));
        awaitLetterEvent(id, LetterSent.TYPE);
        RecruiterDecided twice = RecruiterDecided.of(id, RecruiterDecided.Decision.REJECT, null, "a.smith", null);
        decide(twice);
        assertTrue(refusalReason(twice).endsWith("the letter is SENT, only a DRAFTED letter can be decided"));
        given().get("/api/letters/{id}", id).then()
                .body("status", equalTo("SENT"))
                .body("decision.recruiter", equalTo("r.jones"));
        assertEquals(1, queued(id, LetterSent.TYPE));
        assertEquals(0, queued(id, InterviewConcluded.TYPE));

        RecruiterDecided unknown = RecruiterDecided.of(UUID.randomUUID(), RecruiterDecided.Decision.APPROVE, null,
                "r.jones", null);
        decide(unknown);
        assertTrue(refusalReason(unknown).endsWith("refused: no letter drafted"));
    }

    @Test
    void aBorderlineOfferWaitsForTheRecruiterAndADeclineConcludesInTheTalentPool() {
        UUID id = drafted(scored("Sam Okafor", Language.EN, 64, Band.BORDERLINE, true));

        given().get("/api/letters/{id}", id).then()
                .body("status", equalTo("DRAFTED"))
                .body("needsReview", equalTo(true))
                .body("awaiting", equalTo("recruiter"));
        assertEquals(0, queued(id, LetterSent.TYPE));

        decide(RecruiterDecided.of(id, RecruiterDecided.Decision.APPROVE, null, "r.jones", "reviewed the transcript"));
        awaitLetterEvent(id, LetterSent.TYPE);
        decide(CandidateResponded.of(id, false, "accepted another offer"));

        InterviewConcluded concluded = EventCodec.decode(awaitLetterEvent(id, InterviewConcluded.TYPE).value(),
                InterviewConcluded.class);
        assertEquals(InterviewConcluded.Outcome.TALENT_POOL, concluded.outcome());
        assertEquals("offer declined: accepted another offer", concluded.reason());
        given().get("/api/letters/{id}", id).then().body("status", equalTo("DECLINED"));
    }

    @Test
    void anApprovedFeedbackLetterIsSentAndConcludesInTheTalentPoolAndTakesNoAnswer() {
        UUID id = drafted(scored("Ana Souza", Language.EN, 45, Band.NO_HIRE, false));

        RecruiterDecided withSalary = RecruiterDecided.of(id, RecruiterDecided.Decision.APPROVE,
                BigDecimal.valueOf(50000), "r.jones", null);
        decide(withSalary);
        assertTrue(refusalReason(withSalary).endsWith("a feedback letter has no salary to set"));

        decide(RecruiterDecided.of(id, RecruiterDecided.Decision.APPROVE, null, "r.jones", null));
        LetterSent sent = EventCodec.decode(awaitLetterEvent(id, LetterSent.TYPE).value(), LetterSent.class);
        assertEquals(LetterKind.FEEDBACK, sent.kind());
        InterviewConcluded concluded = EventCodec.decode(awaitLetterEvent(id, InterviewConcluded.TYPE).value(),
                InterviewConcluded.class);
        assertEquals(InterviewConcluded.Outcome.TALENT_POOL, concluded.outcome());
        given().get("/api/letters/{id}", id).then()
                .body("status", equalTo("SENT"))
                .body("awaiting", nullValue())
                .body("markdown", not(containsString("45")));

        CandidateResponded answer = CandidateResponded.of(id, true, null);
        decide(answer);
        assertTrue(deadLetterReason(answer).endsWith("a feedback letter takes no answer"));
    }

    @Test
    void somethingOtherThanADecisionOnTheDecisionsTopicIsDeadLettered() {
        InterviewScored stray = seedCase();
        topics.send(Topics.DECISIONS, stray.interviewId().toString(), EventCodec.encode(stray));

        ConsumerRecord<String, String> dead = topics.awaitRecord(Topics.DEAD_LETTERS,
                keyed(stray.interviewId()), TIMEOUT);
        assertTrue(TopicProbe.headers(dead).get("dead-letter-reason")
                .equals("unexpected " + InterviewScored.TYPE + " on " + Topics.DECISIONS
                        + " (expected RecruiterDecided or CandidateResponded)"));
    }

    private static String pdfText(UUID id) throws IOException {
        byte[] pdf = given().get("/api/letters/{id}/letter.pdf", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        return PdfText.of(pdf, Path.of("target", "letters", "offer_letter_" + id + ".pdf"));
    }

    /** Publishes the interview's score and waits until the service drafts its letter; returns the interview id. */
    private static UUID drafted(InterviewScored scored) {
        topics.send(Topics.SCORED, scored.interviewId().toString(), EventCodec.encode(scored));
        awaitLetterEvent(scored.interviewId(), LetterDrafted.TYPE);
        return scored.interviewId();
    }

    private static void decide(InterviewEvent decision) {
        topics.send(Topics.DECISIONS, decision.interviewId().toString(), EventCodec.encode(decision));
    }

    private static ConsumerRecord<String, String> awaitLetterEvent(UUID interviewId, String type) {
        return topics.awaitRecord(Topics.LETTERS,
                keyed(interviewId).and(r -> type.equals(TopicProbe.headers(r).get(CloudEventHeaders.TYPE))), TIMEOUT);
    }

    /** The offer-service's refusal of {@code decision}, as the gateway reads it on interview.letters. */
    private static DecisionRefused awaitRefusal(RecruiterDecided decision) {
        ConsumerRecord<String, String> record = topics.awaitRecord(Topics.LETTERS,
                r -> DecisionRefused.TYPE.equals(TopicProbe.headers(r).get(CloudEventHeaders.TYPE))
                        && r.value().contains(decision.eventId().toString()), TIMEOUT);
        DecisionRefused refused = EventCodec.decode(record.value(), DecisionRefused.class);
        assertEquals(decision.eventId(), refused.decisionEventId());
        assertEquals(decision.interviewId(), refused.interviewId());
        assertEquals(decision.interviewId().toString(), record.key());
        return refused;
    }

    private static String refusalReason(RecruiterDecided decision) {
        return awaitRefusal(decision).reason();
    }

    /** The reason the consumer gave for dead-lettering {@code decision}. */
    private static String deadLetterReason(InterviewEvent decision) {
        String eventId = decision.eventId().toString();
        ConsumerRecord<String, String> dead = topics.awaitRecord(Topics.DEAD_LETTERS,
                r -> r.value() != null && r.value().contains(eventId), TIMEOUT);
        return TopicProbe.headers(dead).get("dead-letter-reason");
    }

    private static long queued(UUID interviewId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("eventType = ?1 and recordKey = ?2",
                type, interviewId.toString()));
    }

    /** The seed prototype's case: 李伟, Python backend developer for London, total 73, answering in Chinese. */
    private static InterviewScored seedCase() {
        InterviewScored scored = scored("李伟", Language.ZH, 73, Band.CONSIDER, false);
        Instant at = Instant.parse("2025-03-03T10:00:00Z");
        List<StageResult> results = List.of(
                stage("tech", 70, new Exchange("tech-1", "请介绍一个你最近参与、并且引以为傲的项目。", false,
                        "我有3年Python后端开发经验，最近负责订单服务的重构。", at)),
                stage("hr", 77.5, new Exchange("hr-4", "你对这个职位的薪资期望是多少？", false,
                        "目前月薪25K，期望35K-45K。", at)),
                stage("boss", 72.5, new Exchange("boss-1", "你如何看待技术债？", false, "我会定期安排重构。", at)));
        return new InterviewScored(scored.eventId(), scored.interviewId(), scored.occurredAt(), scored.context(),
                scored.stageScores(), 73, Band.CONSIDER, "Consider", false, results, List.of());
    }

    private static InterviewScored scored(String candidate, Language language, double total, Band band,
                                          boolean needsReview) {
        InterviewContext context = new InterviewContext(new Candidate(candidate, "candidate@example.com"),
                new Position("Python Backend Developer", "mid", "London"), language,
                List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)));
        List<StageScore> stageScores = List.of(new StageScore("tech", 0.4, total), new StageScore("hr", 0.3, total),
                new StageScore("boss", 0.3, total));
        return new InterviewScored(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), context, stageScores, total,
                band, "recommendation", needsReview, List.of(stage("tech", total)), List.of());
    }

    private static StageResult stage(String stage, double score, Exchange... transcript) {
        return new StageResult(stage, stage + "-1", score, List.of(), List.of(transcript), false, List.of(),
                Instant.parse("2025-03-03T10:00:00Z"), Instant.parse("2025-03-03T10:20:00Z"));
    }
}
