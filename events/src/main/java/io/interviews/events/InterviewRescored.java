package io.interviews.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An archived interview graded again from its recorded transcripts with another rubric version or brain, beside the
 * live decision it leaves untouched ({@code scoredEventId} names the {@link InterviewScored} it is compared with).
 * {@code brain} is what re-graded ({@code rubric} or {@code openai}); each stage carries both rubric versions, scores
 * and every dimension's two ratings, and the interview both plan-weighted totals and bands. {@code rescoreId} names the
 * recruiter's {@link RescoreRequested} it answers (null for the evaluation's {@code rescore} command). The
 * {@code eventId} is derived from what was re-scored (the request, or the brain and new rubric versions), so repeating
 * the same re-score repeats the id and a consumer can drop the repeat.
 */
public record InterviewRescored(UUID eventId, UUID interviewId, Instant occurredAt, UUID scoredEventId, String brain,
                                double liveTotal, Band liveBand, double rescoredTotal, Band rescoredBand,
                                List<StageRescored> stages, UUID rescoreId) implements InterviewEvent {

    public static final String TYPE = "interview.rescored.v1";

    public InterviewRescored {
        stages = List.copyOf(stages);
    }

    /**
     * The event id of one interview's re-score for a recruiter's request: the same however often the request is
     * answered, so a consumer drops the repeat.
     */
    public static UUID eventIdOf(UUID rescoreId, UUID interviewId) {
        return UUID.nameUUIDFromBytes((TYPE + "|" + rescoreId + "|" + interviewId).getBytes(StandardCharsets.UTF_8));
    }

    public boolean bandChanged() {
        return liveBand != rescoredBand;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
