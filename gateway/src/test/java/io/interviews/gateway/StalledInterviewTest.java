package io.interviews.gateway;

import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.answer;
import static io.interviews.gateway.TestInterviews.awaitOpenQuestion;
import static io.interviews.gateway.TestInterviews.awaitStatus;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.register;
import static io.interviews.testsupport.PrometheusMetrics.linesAbout;
import static io.interviews.testsupport.PrometheusMetrics.sample;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An interview is stalled when the system owes the next move for longer than {@code stall-after}, or the scoring and
 * offer services owe its letter for longer than {@code letter-stall-after} (both 2 s in the test profile, checked
 * every second). Each test plans its own stage, named uniquely, so the per-stage gauges count
 * its interviews alone: the other test classes leave interviews waiting on {@code tech} behind.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class StalledInterviewTest {

    private static final AtomicInteger PROBES_TAKEN = new AtomicInteger();

    @Test
    void aStageThatNeverAsksStallsTheInterviewUntilItsFirstQuestionArrives() {
        String stage = uniqueStage();
        Registration interview = registerFor(stage);

        await().atMost(TIMEOUT).until(() -> Boolean.TRUE.equals(recruiterView(interview).extract().path("stalled")));
        String registeredAt = recruiterView(interview).extract().path("registeredAt");
        recruiterView(interview)
                .body("status", equalTo("IN_PROGRESS"))
                .body("currentStage", equalTo(stage))
                .body("waitingOn", equalTo("stage " + stage))
                .body("stalledSince", equalTo(registeredAt));
        candidateView(interview).body("delayed", equalTo(true))
                .body("$", not(hasKey("waitingOn")))
                .body("$", not(hasKey("stalledSince")));
        stalledList("true").body("interviewId", hasItem(interview.id().toString()));
        stalledList("false").body("interviewId", not(hasItem(interview.id().toString())));
        given().header("X-Recruiter-Key", RECRUITER_KEY).get("/api/recruiter/interviews?stalled=maybe")
                .then().statusCode(400);
        awaitGauge("interview_stalled", stage, 1.0);
        awaitGauge("interview_in_progress", stage, 1.0);

        QuestionAsked first = QuestionAsked.of(interview.id(), stage, stage + "-1", "Why this role?", false, 1, 3);
        publish(Topics.QUESTIONS, first);
        awaitOpenQuestion(interview, first.questionId());
        recruiterView(interview)
                .body("stalled", equalTo(false))
                .body("stalledSince", nullValue())
                .body("waitingOn", nullValue());
        candidateView(interview).body("delayed", equalTo(false));
        stalledList("false").body("interviewId", hasItem(interview.id().toString()));
        awaitGauge("interview_stalled", stage, 0.0);
        awaitGauge("interview_in_progress", stage, 1.0);
    }

    @Test
    void aCandidateWhoLeavesAQuestionOpenNeverStallsButAnAnswerLeftWithoutReactionDoes() {
        String slowCandidateStage = uniqueStage();
        Registration slowCandidate = registerFor(slowCandidateStage);
        QuestionAsked question = QuestionAsked.of(slowCandidate.id(), slowCandidateStage, slowCandidateStage + "-1",
                "Tell us about a conflict in your team.", false, 1, 3);
        publish(Topics.QUESTIONS, question);
        awaitOpenQuestion(slowCandidate, question.questionId());

        // registered after the question was opened: once this one stalls, the open question has waited longer
        String silentStage = uniqueStage();
        Registration control = registerFor(silentStage);
        await().atMost(TIMEOUT).until(() -> Boolean.TRUE.equals(recruiterView(control).extract().path("stalled")));
        recruiterView(slowCandidate).body("stalled", equalTo(false)).body("waitingOn", nullValue());
        candidateView(slowCandidate).body("delayed", equalTo(false));
        stalledList("true").body("interviewId", not(hasItem(slowCandidate.id().toString())));
        // the check that counted the later stall saw the open question too, and did not count it
        awaitGauge("interview_stalled", silentStage, 1.0);
        assertEquals(0.0, sample("interview_stalled", Map.of("stage", slowCandidateStage)).orElse(0),
                linesAbout("interview_stalled"));

        given().header("Authorization", slowCandidate.bearer()).contentType(ContentType.JSON)
                .body(answer(question.questionId(), "We agreed on a design review."))
                .post("/api/interviews/{id}/answers", slowCandidate.id())
                .then().statusCode(202);
        await().atMost(TIMEOUT).until(() -> Boolean.TRUE.equals(
                recruiterView(slowCandidate).extract().path("stalled")));
        String answeredAt = recruiterView(slowCandidate).extract().path("questions[0].answeredAt");
        recruiterView(slowCandidate)
                .body("waitingOn", equalTo("stage " + slowCandidateStage))
                .body("stalledSince", equalTo(answeredAt));
        candidateView(slowCandidate).body("delayed", equalTo(true));
        awaitGauge("interview_stalled", slowCandidateStage, 1.0);
    }

    @Test
    void aScoreOrLetterNeverDeliveredStallsTheInterviewOnTheServiceThatOwesIt() {
        Registration interview = TestInterviews.register();
        StageCompleted last = StageEvents.completed(StageEvents.completed(StageEvents.completed(
                StageEvents.intake(interview.id()), "tech", 80), "hr", 80), "boss", 80);
        publish(Topics.STAGE_COMPLETED, last);
        awaitStatus(interview, "SCORING");

        String scoringSince = awaitStalledOn(interview, "scoring-service");
        candidateView(interview).body("delayed", equalTo(true));
        stalledList("true").body("interviewId", hasItem(interview.id().toString()));
        awaitGaugeAtLeast("SCORING", 1.0);

        // the score arrived: the wait starts again, now on the letter
        InterviewScored scored = StageEvents.scored(last);
        publish(Topics.SCORED, scored);
        String draftingSince = awaitStalledOn(interview, "offer-service");
        assertTrue(draftingSince.compareTo(scoringSince) > 0, scoringSince + " then " + draftingSince);

        // drafted: the recruiter owes the decision, which never stalls the interview
        publish(Topics.LETTERS, StageEvents.offer(scored));
        awaitStatus(interview, "AWAITING_DECISION");
        Registration control = TestInterviews.register();
        await().atMost(TIMEOUT).until(() -> Boolean.TRUE.equals(recruiterView(control).extract().path("stalled")));
        recruiterView(interview).body("stalled", equalTo(false)).body("waitingOn", nullValue());
        stalledList("false").body("interviewId", hasItem(interview.id().toString()));

        // decided: the offer-service owes the sent letter from the moment of the decision
        String decidedAt = given().header("X-Recruiter-Key", RECRUITER_KEY).noContentType()
                .post("/api/recruiter/interviews/{id}/approve", interview.id())
                .then().statusCode(202).extract().path("decidedAt");
        Instant stalledSince = Instant.parse(awaitStalledOn(interview, "offer-service"));
        // the database rounds to microseconds
        assertTrue(Duration.between(Instant.parse(decidedAt), stalledSince).abs().toNanos() <= 1_000,
                decidedAt + " vs " + stalledSince);
        awaitGaugeAtLeast("AWAITING_DECISION", 1.0);

        publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.OFFER, Language.EN, "# Offer"));
        awaitStatus(interview, "OFFER_SENT");
        recruiterView(interview).body("stalled", equalTo(false)).body("stalledSince", nullValue());
    }

    /** Waits until the interview is stalled on {@code waitingOn}; returns {@code stalledSince}. */
    private static String awaitStalledOn(Registration interview, String waitingOn) {
        await().atMost(TIMEOUT).until(() -> {
            ValidatableResponse view = recruiterView(interview);
            return Boolean.TRUE.equals(view.extract().path("stalled"))
                    && waitingOn.equals(view.extract().path("waitingOn"));
        });
        return recruiterView(interview).extract().path("stalledSince");
    }

    private static void awaitGaugeAtLeast(String status, double atLeast) {
        String name = "interview_stalled_after_stages";
        await().atMost(TIMEOUT).untilAsserted(() -> assertTrue(
                sample(name, Map.of("status", status)).orElse(0) >= atLeast, linesAbout(name)));
    }

    /**
     * A stage name no other test plans, one of the {@code probe-} stages {@code %test.interview.gateway.metric-stages}
     * lists, so its metrics carry it as their label.
     */
    static String uniqueStage() {
        List<String> probes = ConfigProvider.getConfig().getValues("interview.gateway.metric-stages", String.class)
                .stream().filter(stage -> stage.startsWith("probe-")).toList();
        int next = PROBES_TAKEN.getAndIncrement();
        assertTrue(next < probes.size(),
                "every probe stage is taken: list more in %test.interview.gateway.metric-stages");
        return probes.get(next);
    }

    static Registration registerFor(String... stages) {
        Map<String, Object> application = TestInterviews.application();
        application.put("plan", List.of(stages).stream().map(stage -> Map.of("stage", stage, "weight", 1)).toList());
        return register(application);
    }

    static void awaitGauge(String name, String stage, double expected) {
        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(expected,
                sample(name, Map.of("stage", stage)).orElse(Double.NaN), linesAbout(name)));
    }

    private static ValidatableResponse recruiterView(Registration interview) {
        return given().header("X-Recruiter-Key", RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}", interview.id())
                .then().statusCode(200);
    }

    private static ValidatableResponse candidateView(Registration interview) {
        return given().header("Authorization", interview.bearer())
                .get("/api/interviews/{id}", interview.id())
                .then().statusCode(200);
    }

    private static ValidatableResponse stalledList(String stalled) {
        return given().header("X-Recruiter-Key", RECRUITER_KEY)
                .get("/api/recruiter/interviews?stalled={stalled}&limit=200", stalled)
                .then().statusCode(200);
    }
}
