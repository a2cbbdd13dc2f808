package io.interviews.interviewer.tech;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.stage.repository.StageSession;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.StageBankLoader;
import io.interviews.testsupport.PrometheusMetrics;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.StageDriver;
import io.interviews.testsupport.StageDriver.QuestionPlan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(OpenAiStub.class)
class TechStageInterviewTest {

    /**
     * Substantive answers, except tech-3, which is thin and earns a follow-up; an answer to every other follow-up the
     * rubric brain may decide to ask.
     */
    static final Map<String, String> ANSWERS = Map.ofEntries(Map.entry(
            "tech-1", "Last year I led the redesign of our payment notification service, which handles around 3,000 "
                    + "requests per second at peak. I designed the event pipeline and I wrote most of the consumer code. "
                    + "We chose Kafka instead of RabbitMQ because we needed replay, and the trade-off was more operational "
                    + "complexity. Afterwards p99 latency dropped from 1.2 seconds to 180 milliseconds and failures were "
                    + "reduced by 95%."), Map.entry(
            "tech-2", "The hardest one was a memory leak that only showed up after three days. Prometheus alerts fired "
                    + "on heap usage and the Grafana dashboards showed steady growth, so I took heap dumps. My first "
                    + "hypothesis was the HTTP client, but I could reproduce the growth in staging and ruled it out. "
                    + "As a mitigation we rolled back, then bounded the cache. Afterwards we held a blameless postmortem "
                    + "and added a regression test."), Map.entry(
            "tech-3", "I would use a bigger server."), Map.entry(
            "tech-3-followup", "We would put a Kafka queue in front of it and make the consumers idempotent, so a retry "
                    + "never creates a duplicate order."), Map.entry(
            "tech-4", "Large language model assistants such as Copilot changed how I work. Our team rolled them out after "
                    + "a pilot and I introduced guidelines. However, they hallucinate APIs, which is a real risk. "
                    + "I read papers and experiment with new tools in side projects."), Map.entry(
            "tech-5", "I know the JVM best. The garbage collector splits the heap into generations and collects the young "
                    + "generation often, because most objects die young. Its weakness is stop-the-world pauses: in production "
                    + "we noticed latency spikes, I found the cause in the GC logs and tuned the collector settings."), Map.entry(
            "tech-6", """
                    I count the words in a hash map and keep the top k in a heap:
                        ```python
                        import heapq
                        from collections import Counter

                        def top_k(text, k):
                            return heapq.nlargest(k, Counter(text.lower().split()).items(), key=lambda kv: kv[1])
                        ```
                    That is O(n log k) time. I would test an empty text and ties between words."""),
            Map.entry("tech-1-followup", "We measured the latency with the service's own histograms before and after the "
                    + "switch, over two weeks of production traffic."),
            Map.entry("tech-2-followup", "The root cause was an unbounded cache keyed by request id; the fix bounded it "
                    + "and the postmortem added heap alerts per instance."),
            Map.entry("tech-4-followup", "I wrote the team's guidelines myself: no generated code in security-sensitive "
                    + "modules, and every suggestion reviewed like a colleague's code."),
            Map.entry("tech-5-followup", "I switched us from the parallel collector to G1 with a pause goal of 100 ms, "
                    + "and the p99 spikes went from 900 ms to under 150 ms."),
            Map.entry("tech-6-followup", "The tests cover an empty text, one word, ties, mixed case and k larger than the "
                    + "number of distinct words."));

    /** The services point at the local OpenAI stub in every test: the rubric brain must never call it. */
    @OpenAiStub.Server
    WireMockServer openAi;

    private final StageDriver driver = new StageDriver();

    @Test
    void candidateAnswersEveryQuestionAndTheStageCompletesWithAScoredTranscript() {
        UUID interviewId = UUID.randomUUID();
        StageCompleted intake = StageCompleted.intake(interviewId, StageDriver.context(Language.EN, "tech", "hr", "boss"));

        RubricInterviewer interviewer = new RubricInterviewer(StageBankLoader.fromClasspath("tech"));
        StageCompleted completed = driver.interview(intake, "tech", ANSWERS,
                new QuestionPlan<>(interviewer::opening, interviewer::next, Ask::questionId));

        List<String> asked = driver.questions(interviewId).stream().map(QuestionAsked::questionId).toList();
        assertEquals(List.of("tech-1", "tech-2", "tech-3", "tech-4", "tech-5", "tech-6"),
                asked.stream().filter(id -> !id.endsWith(Question.FOLLOW_UP_SUFFIX)).toList());
        assertEquals(asked.indexOf("tech-3") + 1, asked.indexOf("tech-3-followup"), "the thin answer is probed at once");
        QuestionAsked followUp = driver.questions(interviewId).get(asked.indexOf("tech-3-followup"));
        assertTrue(followUp.followUp());
        assertEquals(3, followUp.number());
        assertEquals(6, followUp.plannedQuestions());

        assertEquals(intake.context(), completed.context());
        assertEquals("hr", completed.nextStage().orElseThrow());
        assertEquals(1, completed.results().size());
        StageResult result = completed.results().get(0);
        assertEquals("tech", result.stage());
        assertEquals(interviewer.rubricVersion(), result.rubricVersion());
        // five substantive answers and one thin one: never "below the bar" as a whole, never exceptional
        assertTrue(result.score() >= 55 && result.score() <= 95, "score " + result.score());
        // tech-4 and tech-5 are middling, where the rated examples of their questions disagree: a review for that
        // uncertainty is the brain's call; any other reason (an instruction to the grader, a quote not found) is not
        assertEquals(result.needsReview(), !result.reviewReasons().isEmpty());
        assertTrue(result.reviewReasons().stream().allMatch(reason -> reason.startsWith("Uncertain ratings")),
                result.reviewReasons()::toString);
        assertTrue(result.dimensions().size() >= 3 && result.dimensions().size() <= 5);
        assertEquals(asked, result.transcript().stream().map(Exchange::questionId).toList());
        assertEquals(ANSWERS.get("tech-3"), result.transcript().get(asked.indexOf("tech-3")).answer());
        assertEquals(ANSWERS.get("tech-6"), result.transcript().get(asked.indexOf("tech-6")).answer(),
                "the code block is kept verbatim");
        for (DimensionRating rating : result.dimensions()) {
            assertTrue(rating.rating() >= 1 && rating.rating() <= 5);
            assertFalse(rating.evidence().isEmpty(), rating.dimension());
            assertFalse(rating.rationale().contains("Code run"), "the code runner is off by default");
            rating.evidence().forEach(quote -> assertTrue(
                    result.transcript().stream().anyMatch(exchange -> exchange.answer().contains(quote)), quote));
        }
        assertTrue(result.startedAt().isBefore(result.completedAt()));
        assertEquals(0, openAi.getAllServeEvents().size(), "the rubric brain never calls a model");
        assertTrue(brainCpuSeconds() > 0, "the brain's own work is counted");
    }

    private static double brainCpuSeconds() {
        return PrometheusMetrics.sample("interview_stage_brain_cpu_seconds_total", Map.of("brain", "rubric", "stage", "tech"))
                .orElse(-1);
    }

    @Test
    void stageCompletedThatIsNotFollowedByTechIsIgnored() {
        UUID interviewId = UUID.randomUUID();
        StageCompleted intake = StageCompleted.intake(interviewId, StageDriver.context(Language.ZH, "hr", "tech"));
        StageCompleted hrDone = intake.next(new StageResult("hr", "hr-2026.12-1", 80, List.of(), List.of(), false,
                List.of(), Instant.parse("2026-11-02T09:00:00Z"), Instant.parse("2026-11-02T09:20:00Z")));

        // same key, so the stage sees the intake (next: hr) strictly before hr's completion (next: tech)
        driver.publish(Topics.STAGE_COMPLETED, intake);
        driver.publish(Topics.STAGE_COMPLETED, hrDone);
        QuestionAsked first = driver.awaitQuestion(interviewId, "tech-1");

        assertEquals(StageBankLoader.fromClasspath("tech").bank(Language.ZH).questions().get(0).text(), first.text());
        assertEquals(1, driver.questions(interviewId).size());
        String startedBy = QuarkusTransaction.requiringNew().call(
                () -> StageSession.find(interviewId, "tech").orElseThrow().previousEvent);
        assertEquals(hrDone.eventId(), EventCodec.decode(startedBy, StageCompleted.class).eventId());
    }
}
