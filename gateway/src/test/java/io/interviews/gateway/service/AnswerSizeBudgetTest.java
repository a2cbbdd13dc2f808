package io.interviews.gateway.service;

import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.gateway.config.GatewayConfig;
import io.interviews.kit.OutboxConfig;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The arithmetic behind {@code interview.gateway.max-answer-bytes} (README, "Answer size"): with every answer at the
 * limit and everything else at its largest, the last {@code StageCompleted} of a default plan fits the outbox's
 * event budget, so no stage of such an interview can fail for size.
 */
class AnswerSizeBudgetTest {

    /** Default plans: tech, hr and boss, six main questions and four rubric dimensions each (their banks). */
    private static final List<String> STAGES = List.of("tech", "hr", "boss");
    private static final int MAIN_QUESTIONS = 6;
    private static final int DIMENSIONS = 4;
    /** Evidence quotes per dimension (stage-kit's {@code Scorecard.MAX_EVIDENCE_QUOTES}), each at most one answer. */
    private static final int QUOTES = 3;
    /** A question as long as the openai brain may write one ({@code question-max-chars} 600), 3 bytes a character. */
    private static final String QUESTION = "问".repeat(600);
    /** Far more than an anchor's text and the per-question ratings a rationale holds (code runs add ~1 KB each). */
    private static final String RATIONALE = "评".repeat(1_000);
    private static final String REVIEW_REASON = "审".repeat(200);

    @Test
    void theLastStageCompletedOfADefaultPlanFitsTheEventBudgetWithEveryAnswerAtTheLimit() throws Exception {
        int maxAnswerBytes = Integer.parseInt(defaultOf(GatewayConfig.class, "maxAnswerBytes"));
        long budget = new MemorySizeConverter().convert(defaultOf(OutboxConfig.class, "maxEventSize")).asLongValue();
        String longestAnswer = "\uD83D\uDE00".repeat(maxAnswerBytes / 4); // 4 bytes each, nothing to escape

        StageCompleted last = StageCompleted.intake(UUID.randomUUID(), largestContext());
        for (String stage : STAGES) {
            last = last.next(largestResult(stage, longestAnswer));
        }

        int size = EventCodec.encode(last).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size <= budget, "the largest StageCompleted takes " + size + " bytes, over the budget of " + budget);
        assertTrue(size > 72 * maxAnswerBytes, "answers are 36 in the transcripts and 36 quoted as evidence");
    }

    private static StageResult largestResult(String stage, String answer) {
        Instant now = Instant.now();
        List<Exchange> transcript = new ArrayList<>();
        for (int number = 1; number <= MAIN_QUESTIONS; number++) {
            transcript.add(new Exchange(stage + "-" + number, QUESTION, false, answer, now));
            transcript.add(new Exchange(stage + "-" + number + "-followup", QUESTION, true, answer, now));
        }
        List<DimensionRating> dimensions = new ArrayList<>();
        for (int dimension = 1; dimension <= DIMENSIONS; dimension++) {
            dimensions.add(new DimensionRating("dimension-" + dimension, 5, 0.25, Collections.nCopies(QUOTES, answer),
                    RATIONALE, true, "openai+rubric"));
        }
        return new StageResult(stage, stage + "-rubric-v1", 100.0, dimensions, transcript, true,
                Collections.nCopies(transcript.size(), REVIEW_REASON), now, now);
    }

    /** Every field at the gateway's limits for an application ({@code ApplicationForm}), 3 bytes a character. */
    private static InterviewContext largestContext() {
        return new InterviewContext(new Candidate("名".repeat(200), "e".repeat(310) + "@example.c"),
                new Position("职".repeat(200), "级".repeat(100), "地".repeat(200)), Language.ZH,
                STAGES.stream().map(stage -> new PlannedStage(stage, 1.0 / 3)).toList());
    }

    private static String defaultOf(Class<?> config, String method) throws NoSuchMethodException {
        return config.getMethod(method).getAnnotation(WithDefault.class).value();
    }
}
