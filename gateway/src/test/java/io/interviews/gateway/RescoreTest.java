package io.interviews.gateway;

import io.interviews.documents.DriftReport;
import io.interviews.events.Band;
import io.interviews.events.BandThresholds;
import io.interviews.events.CloudEventHeaders;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterKind;
import io.interviews.events.RescoreRequested;
import io.interviews.events.StageRescored;
import io.interviews.events.StageScore;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.interviews.gateway.TestInterviews.PROBLEM_JSON;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.awaitHandled;
import static io.interviews.gateway.TestInterviews.kafka;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.recruiter;
import static io.interviews.gateway.TestInterviews.register;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recruiter's re-score on the real broker and database: the request selects scored interviews and asks for each
 * one's re-score on {@code interview.rescores}; the test plays scoring-service's answers on
 * {@code interview.rescored}, which the request's progress and drift report then show. Nothing live changes.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RescoreTest {

    private static final String RESCORES = "/api/recruiter/rescores";
    /** The hr score of a re-score that moves the default plan's 82 everywhere from HIRE to BORDERLINE (66.4). */
    private static final double LOWER_HR = 30;
    private static final String EVIDENCE = "I asked the on-call engineer before I changed the schema";

    @Inject
    DataSource dataSource;

    @Test
    void aRequestSelectsTheScoredInterviewsAndAsksForEachOnesRescoreOnce() throws SQLException {
        Instant since = Instant.now();
        InterviewScored first = scored();
        InterviewScored second = scored();
        Registration unscored = register();

        ExtractableResponse<Response> accepted = request(Map.of("scoredSince", since.toString()))
                .then().statusCode(202).contentType(ContentType.JSON)
                .body("interviews", equalTo(2))
                .body("requestedBy", equalTo("api-client"))
                .extract();
        UUID rescoreId = UUID.fromString(accepted.path("rescoreId"));
        String self = RESCORES + "/" + rescoreId;
        assertTrue(accepted.header("Location").endsWith(self), accepted.header("Location"));
        assertEquals(Map.of("self", self, "driftCsv", self + "/drift.csv", "driftHtml", self + "/drift.html"),
                accepted.path("links"));

        Set<UUID> asked = Set.of(first.interviewId(), second.interviewId());
        List<ConsumerRecord<String, String>> requested = kafka().awaitRecords(Topics.RESCORES,
                records -> requestsOf(rescoreId, records).size() == asked.size(), TIMEOUT);
        for (ConsumerRecord<String, String> record : requestsOf(rescoreId, requested)) {
            RescoreRequested event = EventCodec.decode(record.value(), RescoreRequested.class);
            assertEquals(event.interviewId().toString(), record.key());
            assertEquals(RescoreRequested.TYPE, TopicProbe.headers(record).get(CloudEventHeaders.TYPE));
        }
        assertEquals(asked, requestsOf(rescoreId, requested).stream()
                .map(record -> EventCodec.decode(record.value(), RescoreRequested.class).interviewId())
                .collect(Collectors.toSet()));
        assertEquals(2, rows("select count(*) from outbox_message where topic = ? and payload like ?",
                Topics.RESCORES, "%" + rescoreId + "%"), "one request per interview, the unscored one not asked");
        assertEquals(0, rows("select count(*) from outbox_message where record_key = ? and topic = ?",
                unscored.id().toString(), Topics.RESCORES));

        recruiter().get(self).then().statusCode(200)
                .body("rescoreId", equalTo(rescoreId.toString()))
                .body("requestedAt", equalTo(accepted.path("requestedAt")))
                .body("requestedBy", equalTo("api-client"))
                .body("interviews", equalTo(2))
                .body("rescored", equalTo(0))
                .body("erased", equalTo(0))
                .body("complete", equalTo(false))
                .body("pending", equalTo(List.of(first.interviewId().toString(), second.interviewId().toString())))
                .body("results", equalTo(List.of()));

        String everything = recruiter().contentType(ContentType.JSON).body("{}").post(RESCORES)
                .then().statusCode(202).extract().path("links.self");
        recruiter().get(everything).then().statusCode(200)
                .body("pending", hasItems(first.interviewId().toString(), second.interviewId().toString()))
                .body("pending", not(hasItem(unscored.id().toString())));
    }

    @Test
    void namedInterviewsMustAllBeScoredAndARequestMustSelectOne() throws SQLException {
        InterviewScored scored = scored();
        Registration unscored = register();
        Registration erased = register();
        recruiter().delete("/api/recruiter/interviews/{id}", erased.id()).then().statusCode(200);
        UUID unknown = UUID.randomUUID();

        request(Map.of("interviewIds", List.of(scored.interviewId(), unknown, unscored.id(), erased.id())))
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("title", equalTo("Unprocessable Content"))
                .body("status", equalTo(422))
                .body("detail", startsWith("only scored interviews can be re-scored: "))
                .body("violations.field", equalTo(List.of("interviewIds[1]", "interviewIds[2]", "interviewIds[3]")))
                .body("violations.message", equalTo(List.of("no interview " + unknown,
                        "interview " + unscored.id() + " is not scored yet", "interview " + erased.id() + " was erased")));
        assertEquals(0, rows("select count(*) from rescore_interview where interview_id = ?", scored.interviewId()),
                "a refused request records nothing");

        request(Map.of("scoredSince", Instant.now().plusSeconds(3600).toString()))
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", startsWith("no interview was scored at or after "));
        request(Map.of("interviewIds", List.of(scored.interviewId()), "scoredSince", Instant.now().toString()))
                .then().statusCode(422).body("detail", startsWith("no named interview was scored at or after "));

        request(Map.of("interviewIds", List.of())).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", equalTo(List.of("interviewIds")));
        request(Map.of("interviewIds", IntStream.rangeClosed(0, 1000).mapToObj(i -> UUID.randomUUID()).toList()))
                .then().statusCode(400).body("violations.field", equalTo(List.of("interviewIds")));
        request(Map.of("interviewIds", List.of("not-an-id"))).then().statusCode(400)
                .body("violations.field", equalTo(List.of("interviewIds[0]")));
        request(Map.of("scoredSince", "yesterday")).then().statusCode(400)
                .body("violations.field", equalTo(List.of("scoredSince")));
        request(Map.of("interviewIDs", List.of(scored.interviewId()))).then().statusCode(400)
                .body("violations.field", equalTo(List.of("interviewIDs")));
        recruiter().contentType(ContentType.JSON).post(RESCORES).then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void theAnswersMakeTheProgressAndTheDriftReportAndOnlyTheRequestsOwnCount() {
        InterviewScored moved = scored();
        InterviewScored unmoved = scored();
        UUID rescoreId = requestOf(moved, unmoved);
        String self = RESCORES + "/" + rescoreId;

        InterviewRescored movedAnswer = rescored(moved, rescoreId, LOWER_HR);
        publish(Topics.RESCORED, movedAnswer);
        JsonPath halfway = awaitProgress(self, progress -> progress.getInt("rescored") == 1);
        assertFalse(halfway.getBoolean("complete"));
        assertEquals(List.of(unmoved.interviewId().toString()), halfway.getList("pending"));
        assertEquals(Map.of("interviewId", moved.interviewId().toString(), "brain", "rubric", "liveTotal", 82.0f,
                        "liveBand", "HIRE", "rescoredTotal", 66.4f, "rescoredBand", "BORDERLINE", "bandChanged", true),
                withoutRescoredAt(halfway.getMap("results[0]")));

        // the command's re-score (no request), another request's, an answer again with another id: all change nothing
        InterviewRescored fromTheCommand = rescored(moved, null, 90);
        publish(Topics.RESCORED, fromTheCommand);
        publish(Topics.RESCORED, rescored(unmoved, UUID.randomUUID(), 90));
        publish(Topics.RESCORED, movedAnswer);
        awaitHandled(publish(Topics.RESCORED, withEventId(rescored(moved, rescoreId, 90), UUID.randomUUID())));
        assertEquals(halfway.getList("results"), recruiter().get(self).then().extract().jsonPath().getList("results"));
        assertTrue(kafka().readAll(Topics.DEAD_LETTERS, TIMEOUT).stream()
                        .noneMatch(record -> record.value().contains(fromTheCommand.eventId().toString())),
                "a re-score of no request is ignored, not dead-lettered");

        InterviewRescored unmovedAnswer = rescored(unmoved, rescoreId, 82);
        publish(Topics.RESCORED, unmovedAnswer);
        JsonPath complete = awaitProgress(self, progress -> progress.getBoolean("complete"));
        assertEquals(2, complete.getInt("rescored"));
        assertEquals(1, complete.getInt("bandChanges"));
        assertEquals(List.of(), complete.getList("pending"));
        assertEquals(List.of(moved.interviewId().toString(), unmoved.interviewId().toString()),
                complete.getList("results.interviewId"));
        assertEquals(List.of(true, false), complete.getList("results.bandChanged"));
        assertEquals(List.of(66.4f, 82.0f), complete.getList("results.rescoredTotal"));

        String csv = recruiter().get(self + "/drift.csv").then().statusCode(200)
                .contentType(DriftReport.CSV_MEDIA_TYPE)
                .header("Content-Disposition", equalTo("attachment; filename=\"drift-" + rescoreId + ".csv\""))
                .extract().asString();
        assertEquals(DriftReport.csv(List.of(movedAnswer, unmovedAnswer)), csv,
                "the stored re-scores render as they arrived");
        assertEquals(1 + 2 * 3, csv.lines().count(), "one row per interview, stage and dimension");
        assertTrue(csv.contains(moved.interviewId() + ",hr,collaboration,hr-rubric-v1,hr-v2,,rubric,,2,,,0.3,82.0,30.0,"
                + "-52.0,82.0,66.4,-15.6,HIRE,BORDERLINE,true"), csv);

        recruiter().get(self + "/drift.html").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; style-src 'unsafe-inline'"))
                .body(containsString("2 interviews re-scored; the band changed for 1."))
                .body(containsString("<tr class=\"band-changed\"><td>" + moved.interviewId() + "</td>"));

        recruiter().get(RESCORES + "/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON);
        recruiter().get(RESCORES + "/{id}/drift.csv", UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM_JSON);
        recruiter().get(RESCORES + "/not-an-id").then().statusCode(400)
                .body("violations.field", equalTo(List.of("id")));
    }

    @Test
    void erasingAnInterviewDeletesItsRescoreResults() throws SQLException {
        InterviewScored erased = scored();
        InterviewScored kept = scored();
        UUID rescoreId = requestOf(erased, kept);
        String self = RESCORES + "/" + rescoreId;
        publish(Topics.RESCORED, rescored(erased, rescoreId, LOWER_HR));
        publish(Topics.RESCORED, rescored(kept, rescoreId, LOWER_HR));
        awaitProgress(self, progress -> progress.getBoolean("complete"));
        assertEquals(1, rows("select count(*) from rescore_interview where interview_id = ? and result::text like ?",
                erased.interviewId(), "%" + EVIDENCE + "%"), "the result holds the evidence");

        recruiter().delete("/api/recruiter/interviews/{id}", erased.interviewId()).then().statusCode(200);

        assertEquals(0, rows("select count(*) from rescore_interview where interview_id = ?", erased.interviewId()));
        JsonPath progress = recruiter().get(self).then().statusCode(200).extract().jsonPath();
        assertEquals(2, progress.getInt("interviews"));
        assertEquals(1, progress.getInt("erased"));
        assertEquals(1, progress.getInt("rescored"));
        assertTrue(progress.getBoolean("complete"), "an erased interview is owed nothing");
        assertEquals(List.of(kept.interviewId().toString()), progress.getList("results.interviewId"));
        String csv = recruiter().get(self + "/drift.csv").then().statusCode(200).extract().asString();
        assertFalse(csv.contains(erased.interviewId().toString()), csv);

        awaitHandled(publish(Topics.RESCORED, withEventId(rescored(erased, rescoreId, 90), UUID.randomUUID())));
        assertEquals(0, rows("select count(*) from rescore_interview where interview_id = ?", erased.interviewId()),
                "a late re-score of an erased interview is ignored");
    }

    @Test
    void theLatestRequestsAreListedTheLatestFirst() {
        UUID earlier = requestOf(scored());
        UUID later = requestOf(scored(), scored());

        List<Map<String, Object>> latest = recruiter().get(RESCORES + "?limit=2").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(List.of(later.toString(), earlier.toString()),
                latest.stream().map(request -> request.get("rescoreId")).toList());
        assertEquals(List.of(2, 1), latest.stream().map(request -> request.get("interviews")).toList());
        assertEquals(RESCORES + "/" + later, ((Map<?, ?>) latest.get(0).get("links")).get("self"));
        recruiter().get(RESCORES + "?limit=1").then().statusCode(200)
                .body("rescoreId", equalTo(List.of(later.toString())));
        recruiter().get(RESCORES + "?limit=0").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", equalTo(List.of("limit")));
    }

    @Test
    void withoutASignInARescoreIsRefused() {
        given().contentType(ContentType.JSON).body("{}").post(RESCORES).then().statusCode(401)
                .contentType(PROBLEM_JSON);
        given().get(RESCORES).then().statusCode(401);
        given().get(RESCORES + "/{id}", UUID.randomUUID()).then().statusCode(401);
        given().get(RESCORES + "/{id}/drift.csv", UUID.randomUUID()).then().statusCode(401);
        given().get(RESCORES + "/{id}/drift.html", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "visitor", roles = "viewer")
    void someoneWhoIsNoRecruiterIsForbidden() {
        given().contentType(ContentType.JSON).body("{}").post(RESCORES).then().statusCode(403)
                .contentType(PROBLEM_JSON);
        given().get(RESCORES + "/{id}", UUID.randomUUID()).then().statusCode(403);
    }

    /** An interview invited and scored (82 in every stage of the default plan: HIRE), as the read model has it. */
    private static InterviewScored scored() {
        Registration interview = register();
        InterviewScored scored = StageEvents.scored(interview.id(), LetterKind.OFFER);
        publish(Topics.SCORED, scored);
        await().atMost(TIMEOUT).until(() -> recruiter().get("/api/recruiter/interviews/{id}", interview.id())
                .then().statusCode(200).extract().path("total") != null);
        return scored;
    }

    private static Response request(Map<String, ?> body) {
        return recruiter().contentType(ContentType.JSON).body(body).post(RESCORES);
    }

    private static UUID requestOf(InterviewScored... interviews) {
        return UUID.fromString(request(Map.of("interviewIds", List.of(interviews).stream()
                .map(InterviewScored::interviewId).toList()))
                .then().statusCode(202).extract().path("rescoreId"));
    }

    /**
     * scoring-service's answer to {@code rescoreId} (null: the evaluation's command) for {@code live}: hr graded
     * {@code hrScore} with a new rubric version, the other stages as live; one dimension each, with evidence.
     */
    private static InterviewRescored rescored(InterviewScored live, UUID rescoreId, double hrScore) {
        List<StageRescored> stages = live.results().stream().map(result -> {
            boolean hr = result.stage().equals("hr");
            double weight = live.stageScores().stream().filter(score -> score.stage().equals(result.stage()))
                    .findFirst().orElseThrow().weight();
            return StageRescored.of(result, weight, hr ? "hr-v2" : result.rubricVersion(),
                    hr ? hrScore : result.score(), List.of(), List.of(new DimensionRating("collaboration", hr ? 2 : 4,
                            0.3, List.of(EVIDENCE), "Asked before acting.", true, "rubric")));
        }).toList();
        double total = StageScore.total(stages.stream()
                .map(stage -> new StageScore(stage.stage(), stage.weight(), stage.rescoredScore())).toList())
                .orElseThrow();
        UUID eventId = rescoreId == null ? UUID.randomUUID() : UUID.nameUUIDFromBytes(
                (InterviewRescored.TYPE + "|" + rescoreId + "|" + live.interviewId()).getBytes(StandardCharsets.UTF_8));
        return new InterviewRescored(eventId, live.interviewId(), Instant.now(), live.eventId(), "rubric",
                live.total(), live.band(), total, BandThresholds.DEFAULT.bandOf(total), stages, rescoreId);
    }

    private static InterviewRescored withEventId(InterviewRescored event, UUID eventId) {
        return new InterviewRescored(eventId, event.interviewId(), event.occurredAt(), event.scoredEventId(),
                event.brain(), event.liveTotal(), event.liveBand(), event.rescoredTotal(), event.rescoredBand(),
                event.stages(), event.rescoreId());
    }

    private static JsonPath awaitProgress(String self, Predicate<JsonPath> reached) {
        return await().atMost(TIMEOUT).until(() -> recruiter().get(self).then().statusCode(200).extract().jsonPath(),
                reached::test);
    }

    private static Map<String, Object> withoutRescoredAt(Map<String, Object> result) {
        Map<String, Object> rest = new LinkedHashMap<>(result);
        assertTrue(rest.remove("rescoredAt") != null, "when it arrived: " + result);
        return rest;
    }

    private static List<ConsumerRecord<String, String>> requestsOf(UUID rescoreId,
                                                                   List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(record -> EventCodec.decode(record.value(), RescoreRequested.class)
                .rescoreId().equals(rescoreId)).toList();
    }

    private long rows(String query, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
