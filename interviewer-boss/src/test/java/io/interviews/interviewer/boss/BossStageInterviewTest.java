package io.interviews.interviewer.boss;

import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.StageBankLoader;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.StageDriver;
import io.interviews.testsupport.StageDriver.QuestionPlan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.interviews.testsupport.ProblemResponses.getProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class BossStageInterviewTest {

    private static final Map<String, String> VAGUE_CANDIDATE = Map.ofEntries(
            Map.entry("boss-1", "I would ask my manager what is important and then do that."),
            Map.entry("boss-1-followup", "Probably whatever gets the most done. I would see at the end of the year."),
            Map.entry("boss-2", "We used a framework that everyone used. It was fine I think."),
            Map.entry("boss-2-followup", "I did not really decide it, the architect did."),
            Map.entry("boss-3", "I am not a manager yet, so I have not really led anyone."),
            Map.entry("boss-3-followup", "I sometimes answer questions from new people."),
            Map.entry("boss-4", "I hope to have a good job and maybe earn more."),
            Map.entry("boss-4-followup", "I am not sure yet, I will see what comes."),
            Map.entry("boss-5", "I would try to get it done somehow."),
            Map.entry("boss-5-followup", "I would do what I am told."),
            Map.entry("boss-6", "I would do my tasks."),
            Map.entry("boss-6-followup", "It depends on what happens."));

    private final StageDriver driver = new StageDriver();

    /** The stage serves no API of its own: any other address is the 404 problem every service answers. */
    @Test
    void anUnknownAddressIsANotFoundProblem() {
        getProblem("/api/sessions/" + UUID.randomUUID(), 404, "Not Found");
    }

    @Test
    void vagueAnswersGetOneFollowUpEachAndTheLastStageCompletesThePlan() {
        UUID interviewId = UUID.randomUUID();
        Instant start = Instant.parse("2026-11-02T09:00:00Z");
        StageCompleted hrDone = StageCompleted.intake(interviewId, StageDriver.context(Language.EN, "tech", "hr", "boss"))
                .next(new StageResult("tech", "tech-2026.12-1", 70, List.of(), List.of(), false, List.of(), start,
                        start.plusSeconds(1800)))
                .next(new StageResult("hr", "hr-2026.12-1", 65, List.of(), List.of(), false, List.of(),
                        start.plusSeconds(1900), start.plusSeconds(3000)));

        RubricInterviewer interviewer = new RubricInterviewer(StageBankLoader.fromClasspath("boss"));
        StageCompleted bossDone = driver.interview(hrDone, "boss", VAGUE_CANDIDATE,
                new QuestionPlan<>(interviewer::opening, interviewer::next, Ask::questionId));

        assertTrue(bossDone.completesPlan());
        assertTrue(bossDone.nextStage().isEmpty());
        assertEquals(List.of("tech", "hr", "boss"), bossDone.results().stream().map(StageResult::stage).toList());
        StageResult boss = bossDone.results().get(2);
        assertTrue(boss.score() < 50, "score " + boss.score());
        List<String> expected = List.of("boss-1", "boss-1-followup", "boss-2", "boss-2-followup", "boss-3",
                "boss-3-followup", "boss-4", "boss-4-followup", "boss-5", "boss-5-followup", "boss-6", "boss-6-followup");
        assertEquals(expected, boss.transcript().stream().map(Exchange::questionId).toList());
        assertEquals(expected, driver.questions(interviewId).stream().map(QuestionAsked::questionId).toList());
        assertTrue(driver.questions(interviewId).stream()
                .allMatch(question -> question.followUp() == question.questionId().endsWith("-followup")));
    }
}
