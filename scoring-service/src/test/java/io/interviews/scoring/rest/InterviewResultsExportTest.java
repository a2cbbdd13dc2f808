package io.interviews.scoring.rest;

import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.ImprovementArea;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.testsupport.PdfText;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class InterviewResultsExportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
    private static final List<String> REVIEW_REASONS = List.of(
            "The model did not answer in time on tech-2: rated by the rubric brain.",
            "The model's grade of tech-2 cited no quote from the answers.");

    private static final TopicProbe topics = TopicProbe.shared();

    @Test
    void theExportHoldsEveryQuestionAndAnswerAndItsTotalIsTheWeightedMeanOfItsStageScores() {
        StageCompleted interview = scored(seedInterview());

        JsonPath export = given().get("/api/scorecards/{id}/export", interview.interviewId())
                .then().statusCode(200)
                .header("Content-Disposition",
                        containsString("interview_results_" + interview.interviewId() + ".json"))
                .body("format", equalTo("interview-results.v1"))
                .body("context.candidate.name", equalTo("李伟"))
                .body("context.position.location", equalTo("London"))
                .body("context.language", equalTo("zh"))
                .body("context.plan.stage", equalTo(List.of("tech", "hr", "boss")))
                .body("scale.scores", equalTo("0–100"))
                .extract().jsonPath();

        for (StageResult result : interview.results()) {
            List<Map<String, Object>> transcript = export.getList(
                    "stages.find { it.stage == '" + result.stage() + "' }.transcript");
            assertEquals(result.transcript().size(), transcript.size(), result.stage() + " transcript");
            for (int i = 0; i < result.transcript().size(); i++) {
                Exchange exchange = result.transcript().get(i);
                assertEquals(exchange.questionId(), transcript.get(i).get("questionId"));
                assertEquals(exchange.question(), transcript.get(i).get("question"));
                assertEquals(exchange.answer(), transcript.get(i).get("answer"));
                assertEquals(exchange.followUp(), transcript.get(i).get("followUp"));
            }
            assertEquals(result.rubricVersion(),
                    export.getString("stages.find { it.stage == '" + result.stage() + "' }.rubricVersion"));
        }

        List<Map<String, Object>> stageScores = export.getList("stageScores");
        double weighted = 0;
        double weights = 0;
        for (Map<String, Object> stageScore : stageScores) {
            double score = ((Number) stageScore.get("score")).doubleValue();
            double weight = ((Number) stageScore.get("weight")).doubleValue();
            assertTrue(0 <= score && score <= 100, "stage score on the 0–100 scale: " + score);
            weighted += weight * score;
            weights += weight;
        }
        assertEquals(3, stageScores.size());
        double total = export.getDouble("total");
        assertEquals(weighted / weights, total, 0.05);
        // 0.4·70 + 0.3·77.5 + 0.3·72.5 = 73.0: the seed's 73, now on one scale
        assertEquals(73.0, total, 1e-9);
        assertEquals("CONSIDER", export.getString("band"));

        // each rating is also stated on the 0–100 scale, as stages compute theirs: 2 ("below the bar") is 45 points
        assertEquals(45.0, export.getDouble("stages[0].dimensions[0].score"), 1e-9);
        assertEquals("1→0, 2→45, 3→75, 4→85, 5→100, linear in between", export.getString("scale.ratingPoints"));
        assertEquals(List.of("salary-expectation", "system_design", "leadership"),
                export.getList("improvementAreas.dimension"));
        assertEquals(List.of("期望35K-45K"), export.getList("improvementAreas[0].evidence"));
    }

    @Test
    void theScorecardNamesTheThreeImprovementAreasTheScoredEventCarriesToTheLetter() {
        StageCompleted interview = scored(seedInterview());

        JsonPath scorecard = given().get("/api/scorecards/{id}", interview.interviewId())
                .then().statusCode(200)
                .body("improvementAreas.size()", equalTo(3))
                .body("improvementAreas[1].dimension", equalTo("system_design"))
                .body("improvementAreas[1].stage", equalTo("tech"))
                .body("improvementAreas[1].rating", equalTo(2))
                .body("improvementAreas[1].evidence[0]", equalTo("加机器扛住流量"))
                .extract().jsonPath();
        InterviewScored scored = EventCodec.decode(topics.awaitRecord(Topics.SCORED,
                keyed(interview.interviewId()), TIMEOUT).value(), InterviewScored.class);

        List<Map<String, Object>> areasOnTheScorecard = scorecard.getList("improvementAreas");
        List<ImprovementArea> named = areasOnTheScorecard.stream()
                .map(area -> new ImprovementArea((String) area.get("stage"), (String) area.get("dimension"),
                        (Integer) area.get("rating")))
                .toList();
        assertEquals(List.of(new ImprovementArea("hr", "salary-expectation", 1),
                new ImprovementArea("tech", "system_design", 2), new ImprovementArea("boss", "leadership", 3)), named);
        assertEquals(named, scored.improvementAreas());
    }

    @Test
    void aStronglyRatedDimensionIsNoImprovementArea() {
        StageCompleted interview = scored(englishInterview()); // one dimension, rated 4

        given().get("/api/scorecards/{id}", interview.interviewId())
                .then().statusCode(200)
                .body("improvementAreas.size()", equalTo(0));
    }

    @Test
    void theReportPdfOpensAndShowsTheCandidateAndTotalInChineseSetInAnEmbeddedFont() throws IOException {
        StageCompleted interview = scored(seedInterview());

        assertReportShows(interview.interviewId(), "李伟", "73.0 / 100", "面试报告", "我有3年Python后端开发经验");
        Map<String, Boolean> chineseFonts = PdfText.chineseFonts(reportPdf(interview.interviewId()));
        assertFalse(chineseFonts.isEmpty());
        assertEquals(Set.of(true), Set.copyOf(chineseFonts.values()), "embedded: " + chineseFonts);
    }

    @Test
    void theReportPdfOfAnEnglishInterviewShowsTheCandidateAndTotal() throws IOException {
        StageCompleted interview = scored(englishInterview());

        assertReportShows(interview.interviewId(), "Mei Lin", "Total: 82.0 / 100", "I profiled the service first");
    }

    @Test
    void theReportSaysWhatTheRubricBrainCannotSeeWhereItRatedAndOnlyThere() throws IOException {
        assertReportShows(scored(englishInterview()).interviewId(), "Rated by rubric:");
        assertReportShows(scored(seedInterview()).interviewId(), "评分方为 rubric");
        String ratedByAModelAlone = reportText(scored(englishInterview("openai", List.of())).interviewId());
        assertFalse(ratedByAModelAlone.contains("Rated by rubric"), ratedByAModelAlone);
    }

    @Test
    void aStageFlaggedForReviewShowsItsReasonsOnTheScorecardTheExportAndTheReport() throws IOException {
        StageCompleted interview = scored(flaggedEnglishInterview());

        given().get("/api/scorecards/{id}", interview.interviewId())
                .then().statusCode(200)
                .body("needsReview", equalTo(true))
                .body("stages[0].needsReview", equalTo(true))
                .body("stages[0].reviewReasons", equalTo(REVIEW_REASONS))
                .body("stages[0].dimensions[0].brain", equalTo("openai+rubric"));
        given().get("/api/scorecards/{id}/export", interview.interviewId())
                .then().statusCode(200)
                .body("stages[0].reviewReasons", equalTo(REVIEW_REASONS))
                .body("stages[0].dimensions[0].brain", equalTo("openai+rubric"));
        assertReportShows(interview.interviewId(), Stream.concat(Stream.of("Why this stage needs human review",
                "openai+rubric"), REVIEW_REASONS.stream()).toArray(String[]::new));
    }

    @Test
    void exportAndReportOfAnUnscoredInterviewAreNotFound() {
        UUID unknown = UUID.randomUUID();
        given().get("/api/scorecards/{id}/export", unknown).then().statusCode(404)
                .body("detail", containsString("no stage of it has been seen"));
        given().get("/api/scorecards/{id}/report.pdf", unknown).then().statusCode(404);
        given().get("/api/scorecards/nope/export").then().statusCode(400);
    }

    /** The interview's report PDF holds every one of {@code texts}. */
    private static void assertReportShows(UUID interviewId, String... texts) throws IOException {
        String text = reportText(interviewId);
        for (String expected : texts) {
            assertTrue(text.contains(expected), expected + " not in: " + text);
        }
    }

    /** The text of the interview's report PDF, a copy of which is written under target/reports to look at. */
    private static String reportText(UUID interviewId) throws IOException {
        return PdfText.of(reportPdf(interviewId),
                Path.of("target", "reports", "interview_report_" + interviewId + ".pdf"));
    }

    private static byte[] reportPdf(UUID interviewId) {
        return given().get("/api/scorecards/{id}/report.pdf", interviewId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    /** Publishes the interview's last stage-completed event and waits until the service serves its scorecard. */
    private static StageCompleted scored(StageCompleted interview) {
        topics.send(Topics.STAGE_COMPLETED, interview.interviewId().toString(), EventCodec.encode(interview));
        await().atMost(TIMEOUT)
                .until(() -> given().get("/api/scorecards/{id}", interview.interviewId()).statusCode() == 200);
        return interview;
    }

    /** The seed's case: a London backend developer who answers in Chinese and scores 73. */
    private static StageCompleted seedInterview() {
        InterviewContext context = new InterviewContext(new Candidate("李伟", "li.wei@example.com"),
                new Position("Python Backend Developer", "mid", "London"), Language.ZH,
                List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)));
        StageResult tech = new StageResult("tech", "tech-2026.11-1", 70, List.of(
                new DimensionRating("system_design", 2, 0.5, List.of("加机器扛住流量"),
                        "只提到扩容，没有讲削峰和不丢单。", true, "rubric"),
                new DimensionRating("project_depth", 4, 0.5, List.of("我负责订单服务的重构"), "讲清了本人职责。", true, "rubric")),
                List.of(exchange("tech-1", "请介绍一个你最近参与、并且引以为傲的项目。", false,
                                "我有3年Python后端开发经验，最近在电商公司我负责订单服务的重构，用Django和Redis。", 1),
                        exchange("tech-1", "你做了哪些技术决策？", true, "我把同步下单改成了消息队列异步处理。", 2),
                        exchange("tech-3", "假设你要设计一个接收订单事件的服务，必须扛住突发的十倍流量。你会怎么设计？", false,
                                "加机器扛住流量，数据库做读写分离。", 3)),
                false, List.of(), START, START.plusSeconds(1200));
        StageResult hr = new StageResult("hr", "hr-2026.11-1", 77.5, List.of(
                new DimensionRating("collaboration", 4, 0.5, List.of("先一对一听他的顾虑"), "倾听并达成一致。", true, "rubric"),
                new DimensionRating("salary-expectation", 1, 0.5, List.of("期望35K-45K"), "期望缺少依据。", true, "rubric")),
                List.of(exchange("hr-2", "请讲一次你与同事意见不一致的经历。", false, "我先一对一听他的顾虑，再用压测数据对比两个方案。", 4),
                        exchange("hr-4", "你对这个职位的薪资期望是多少？", false, "目前月薪25K，期望35K-45K。", 5)),
                false, List.of(), START.plusSeconds(1300), START.plusSeconds(2400));
        StageResult boss = new StageResult("boss", "boss-2026.11-1", 72.5, List.of(
                new DimensionRating("leadership", 3, 1, List.of("带过一个实习生"), "有初步的带人经验。", true, "rubric")),
                List.of(exchange("boss-1", "你带过团队吗？", false, "带过一个实习生，帮他做代码评审。", 6)),
                false, List.of(), START.plusSeconds(2500), START.plusSeconds(3600));
        return StageCompleted.intake(UUID.randomUUID(), context).next(tech).next(hr).next(boss);
    }

    /** Mei Lin's one-stage English interview, scored 82 by the rubric brain. */
    private static StageCompleted englishInterview() {
        return englishInterview("rubric", List.of());
    }

    /** The same interview, its stage graded with a model and flagged for human review for these reasons. */
    private static StageCompleted flaggedEnglishInterview() {
        return englishInterview("openai+rubric", REVIEW_REASONS);
    }

    private static StageCompleted englishInterview(String brain, List<String> reviewReasons) {
        InterviewContext context = new InterviewContext(new Candidate("Mei Lin", "mei.lin@example.com"),
                new Position("Backend Engineer", "senior", "London"), Language.EN,
                List.of(new PlannedStage("tech", 1)));
        StageResult tech = new StageResult("tech", "tech-en-1", 82, List.of(
                new DimensionRating("problem_solving", 4, 1, List.of("I profiled the service first"), "Measured.",
                        true, brain)),
                List.of(exchange("tech-2", "How did you find the slow query?", false,
                        "I profiled the service first, then added an index.", 1)),
                !reviewReasons.isEmpty(), reviewReasons, START, START.plusSeconds(600));
        return StageCompleted.intake(UUID.randomUUID(), context).next(tech);
    }

    private static Exchange exchange(String questionId, String question, boolean followUp, String answer, int minute) {
        return new Exchange(questionId, question, followUp, answer, START.plusSeconds(60L * minute));
    }
}
