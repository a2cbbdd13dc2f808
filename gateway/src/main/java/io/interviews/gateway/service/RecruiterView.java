package io.interviews.gateway.service;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageScore;
import io.interviews.gateway.repository.Conclusion;
import io.interviews.gateway.repository.DraftedLetter;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.LiveScore;
import io.interviews.gateway.repository.OfferResponse;
import io.interviews.gateway.repository.Question;
import io.interviews.gateway.repository.RecordedDecision;
import io.interviews.gateway.repository.RefusedDecision;
import io.interviews.gateway.repository.StageRatings;
import io.interviews.gateway.repository.StageReview;
import io.interviews.gateway.service.StalledInterviews.Stall;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything a recruiter needs to decide on an interview and follow it to its end. Scores, letters, decision,
 * response and conclusion stay null until they exist. {@code stalled} says the system has owed the next move
 * for too long: {@code stalledSince} is when it started owing it, {@code waitingOn} whom it waits on (e.g.
 * {@code stage hr}); both null unless stalled. {@code stageReviews} says, per completed stage, whether a person
 * must review it and why; {@code stageRatings} gives its dimension ratings with their evidence quotes.
 * {@code refusedDecision} is the last decision the offer-service refused, with its reason:
 * the decision was reopened and {@code decision} is null until the recruiter decides again. {@code planTemplate}
 * names the template the plan came from (null for an explicit or the default plan); {@code invitation} says until
 * when the candidate may start and whether they did.
 */
public record RecruiterView(UUID interviewId, Candidate candidate, Position position, Language language,
                            List<PlannedStage> plan, String planTemplate, InvitationState invitation,
                            InterviewStatus status, String currentStage, boolean stalled,
                            Instant stalledSince, String waitingOn, List<String> completedStages,
                            List<StageReview> stageReviews, List<StageRatings> stageRatings,
                            Instant registeredAt, Instant lastEventAt,
                            List<QuestionAndAnswer> questions,
                            List<StageScore> stageScores, Double total, Band band, String recommendation,
                            Boolean needsReview, DraftedLetter letter, RecordedDecision decision,
                            RefusedDecision refusedDecision, SentLetter sentLetter,
                            OfferResponse offerResponse, Conclusion conclusion) {

    public record QuestionAndAnswer(String questionId, String stage, String text, boolean followUp, int number,
                                    Instant askedAt, String answer, Instant answeredAt) {

        static QuestionAndAnswer of(Question question) {
            return new QuestionAndAnswer(question.questionId, question.stage, question.text, question.followUp,
                    question.number, question.askedAt, question.answer, question.answeredAt);
        }
    }

    /**
     * The invitation: until when the candidate may start ({@code expiresAt}, null for interviews from before
     * invitations), when they started (their first answer), and whether it lapsed unused.
     */
    public record InvitationState(Instant expiresAt, Instant candidateStartedAt, boolean expired) {

        static InvitationState of(Interview interview) {
            return new InvitationState(interview.invitationExpiresAt, interview.candidateStartedAt,
                    interview.invitationExpired(Instant.now()));
        }
    }

    /** One line of the recruiter's interview list; {@code stagesToReview}: the stages flagged for review. */
    public record Summary(UUID interviewId, Candidate candidate, Position position, Language language,
                          InterviewStatus status, String currentStage, boolean stalled, Instant stalledSince,
                          String waitingOn, Double total, Band band, List<StageReview> stagesToReview,
                          Instant registeredAt) {

        static Summary of(Interview interview, Stall stall) {
            Optional<LiveScore> score = Optional.ofNullable(interview.score);
            return new Summary(interview.id, interview.context().candidate(), interview.context().position(),
                    interview.language, interview.status, interview.currentStage, stall.stalled(),
                    stall.stalledSince(), stall.waitingOn(), score.map(LiveScore::total).orElse(null),
                    score.map(LiveScore::band).orElse(null),
                    interview.stageReviews.stream().filter(StageReview::needsReview).toList(),
                    interview.registeredAt);
        }
    }

    static RecruiterView of(Interview interview, Stall stall, List<Question> questions) {
        Optional<LiveScore> score = Optional.ofNullable(interview.score);
        return new RecruiterView(interview.id, interview.context().candidate(), interview.context().position(),
                interview.language, interview.plan, interview.planTemplate, InvitationState.of(interview),
                interview.status, interview.currentStage, stall.stalled(),
                stall.stalledSince(), stall.waitingOn(), interview.completedStages, interview.stageReviews,
                interview.stageRatings, interview.registeredAt, interview.lastEventAt,
                questions.stream().map(QuestionAndAnswer::of).toList(),
                score.map(LiveScore::stageScores).orElse(null), score.map(LiveScore::total).orElse(null),
                score.map(LiveScore::band).orElse(null), score.map(LiveScore::recommendation).orElse(null),
                score.map(LiveScore::needsReview).orElse(null), interview.draft, interview.decision,
                interview.refusedDecision, SentLetter.of(interview), interview.offerResponse, interview.conclusion);
    }
}
