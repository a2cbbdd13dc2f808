package io.interviews.scoring.messaging;

import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The interview the flow tests score: Mei Lin for a senior backend role, planned tech 0.4, hr 0.3, boss 0.3. */
final class ScoredInterviews {

    static final List<PlannedStage> PLAN =
            List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3));

    private ScoredInterviews() {
    }

    /** The boss stage's event, which completes the plan with these stage scores. */
    static StageCompleted finalStageCompleted(UUID interviewId, double tech, double hr, double boss) {
        return StageCompleted.intake(interviewId, context())
                .next(result("tech", tech))
                .next(result("hr", hr))
                .next(result("boss", boss));
    }

    static InterviewContext context() {
        return new InterviewContext(new Candidate("Mei Lin", "mei.lin@example.com"),
                new Position("Backend Engineer", "senior", "London"), Language.EN, PLAN);
    }

    /** A stage result rating {@code problem_solving} 4 (brain {@code openai}), rubric version {@code <stage>-en-1}. */
    static StageResult result(String stage, double score) {
        Instant answeredAt = Instant.parse("2025-03-03T10:15:00Z");
        DimensionRating rating = new DimensionRating("problem_solving", 4, 1.0,
                List.of("I profiled the service first"), "Located the bottleneck before changing code", true,
                "openai");
        Exchange exchange = new Exchange(stage + "-q1", "How did you find the slow query?", false,
                "I profiled the service first, then added an index.", answeredAt);
        return new StageResult(stage, stage + "-en-1", score, List.of(rating), List.of(exchange), false, List.of(),
                answeredAt.minusSeconds(600), answeredAt);
    }
}
