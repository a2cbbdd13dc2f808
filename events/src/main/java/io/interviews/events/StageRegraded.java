package io.interviews.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One stage's answer to a {@link RescoreRequested}: its recorded transcript graded again with the rubric version and
 * brain it runs now, as a {@link StageResult} would carry them (score, dimension ratings, review reasons), but without
 * the transcript, which the live result already holds. scoring-service sets it beside the live result.
 */
public record StageRegraded(UUID eventId, UUID interviewId, Instant occurredAt, UUID rescoreId, String stage,
                            String rubricVersion, String brain, double score, List<DimensionRating> dimensions,
                            List<String> reviewReasons) implements InterviewEvent {

    public static final String TYPE = "interview.stage-regraded.v1";

    public StageRegraded {
        dimensions = List.copyOf(dimensions);
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
    }

    /**
     * The event id of {@code stage}'s answer to one re-score of one interview: the same for every delivery of the
     * request, so a repeat is recognisable downstream.
     */
    public static UUID eventIdOf(UUID rescoreId, UUID interviewId, String stage) {
        return UUID.nameUUIDFromBytes((TYPE + "|" + rescoreId + "|" + interviewId + "|" + stage)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String type() {
        return TYPE;
    }
}
