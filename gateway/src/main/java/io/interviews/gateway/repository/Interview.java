package io.interviews.gateway.repository;

import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.StageResult;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A registered interview: the application, the candidate's token hash and its progress as seen on the topics. */
@Entity
@Table(name = "interview")
public class Interview {

    @Id
    public UUID id;

    /** Hex SHA-256 of the candidate's token; the token itself is never stored. */
    public String tokenHash;

    @Embedded
    public CandidateDetails candidate;

    @Embedded
    public PositionDetails position;

    @Enumerated(EnumType.STRING)
    public Language language;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<PlannedStage> plan;

    @Enumerated(EnumType.STRING)
    public InterviewStatus status;

    public String currentStage;

    public String openQuestionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> completedStages = List.of();

    /** The completed stages' review flags and reasons, in the order the stages completed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<StageReview> stageReviews = List.of();

    /** Whether any of {@link #stageReviews} needs review: what the recruiter list filters on. */
    public boolean stagesNeedReview;

    /** Null until the interview is scored. */
    @Embedded
    public LiveScore score;

    /** Null until a letter is drafted. */
    @Embedded
    public DraftedLetter draft;

    /** The recruiter's decision on the drafted letter, recorded when it is emitted; null until then. */
    @Embedded
    public RecordedDecision decision;

    /** The id of the {@code RecruiterDecided} event the recorded decision was emitted as. */
    public UUID decisionEventId;

    /** The last decision the offer-service refused, with its reason; null if none was. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public RefusedDecision refusedDecision;

    /** Null until the letter is sent. */
    @Embedded
    public LetterAsSent sentLetter;

    /** The candidate's answer to a sent offer, recorded when it is emitted; null until then. */
    @Embedded
    public OfferResponse offerResponse;

    /** How the application ended, with the offer-service's reason; null while it is open. */
    @Embedded
    public Conclusion conclusion;

    public Instant registeredAt;

    /** The plan template the recruiter invited with; null for an explicit or the default plan. */
    public String planTemplate;

    /** Until when the candidate may start; null for an interview registered before invitations expired. */
    public Instant invitationExpiresAt;

    /** When the candidate's first answer was accepted: from then on the invitation no longer expires. */
    public Instant candidateStartedAt;

    /** When the candidate consented to the interview's terms and the use of their data; null until then. */
    public Instant candidateConsentedAt;

    /**
     * Since when the system owes the next move: the current stage has not asked its first question since the
     * previous stage completed (or the registration), or has not followed up the last answer. Null while the
     * candidate owes an answer, and once the stages are over.
     */
    public Instant waitingSince;

    /** When the gateway last took in an event about this interview; null before the first one. */
    public Instant lastEventAt;

    public Instant updatedAt;

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public InterviewContext context() {
        return new InterviewContext(candidate.toCandidate(), position.toPosition(), language, plan);
    }

    /** Whether the invitation lapsed unused: not started by the candidate before it expired. */
    public boolean invitationExpired(Instant now) {
        return candidateStartedAt == null && invitationExpiresAt != null && !now.isBefore(invitationExpiresAt);
    }

    /** The completed stages' dimension ratings with their evidence, in the order the stages completed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<StageRatings> stageRatings = List.of();

    /**
     * Takes in the latest of {@code results} per stage (review flags and reasons, dimension ratings), over what
     * {@code keepEarlier} says to keep of the stages recorded so far.
     */
    public void recordStageResults(List<StageResult> results, boolean keepEarlier) {
        Map<String, StageReview> reviews = new LinkedHashMap<>();
        Map<String, StageRatings> ratings = new LinkedHashMap<>();
        if (keepEarlier) {
            stageReviews.forEach(review -> reviews.put(review.stage(), review));
            stageRatings.forEach(rating -> ratings.put(rating.stage(), rating));
        }
        results.forEach(result -> {
            reviews.put(result.stage(), StageReview.of(result));
            ratings.put(result.stage(), StageRatings.of(result));
        });
        stageReviews = List.copyOf(reviews.values());
        stageRatings = List.copyOf(ratings.values());
        stagesNeedReview = stageReviews.stream().anyMatch(StageReview::needsReview);
    }

    public boolean hasCompleted(String stage) {
        return completedStages.contains(stage);
    }

    /**
     * Works out who owes the next move after a change made at {@code now}. The system does while the stages
     * run and no question is open; its wait starts at {@code now} when it had none or the stage changed from
     * {@code stageBefore}, and otherwise keeps its start (a late event of an earlier stage is no move).
     */
    public void trackWait(Instant now, String stageBefore) {
        if (status != InterviewStatus.IN_PROGRESS || currentStage == null || openQuestionId != null) {
            waitingSince = null;
        } else if (waitingSince == null || !currentStage.equals(stageBefore)) {
            waitingSince = now;
        }
    }

    /** Moves the status forward; an event arriving late never moves it back. True if it changed. */
    public boolean advanceTo(InterviewStatus next) {
        if (status.isBefore(next)) {
            status = next;
            return true;
        }
        return false;
    }
}
