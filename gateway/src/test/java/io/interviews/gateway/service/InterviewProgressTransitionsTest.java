package io.interviews.gateway.service;

import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewConcluded.Outcome;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided.Decision;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.gateway.StageEvents;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.RecordedDecision;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.Question;
import io.interviews.gateway.repository.QuestionRepository;
import io.interviews.gateway.repository.StageReview;
import io.interviews.gateway.service.InterviewUpdate.QuestionUpdate;
import io.interviews.gateway.service.InterviewUpdate.StatusUpdate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The read model's state machine on its own, without Kafka or a database: each event moves an interview only
 * forward, whatever order the topics deliver them in, and a repeated event changes nothing.
 */
class InterviewProgressTransitionsTest {

    private final Map<UUID, Interview> interviewRows = new HashMap<>();
    private final List<Question> questionRows = new ArrayList<>();
    private final List<InterviewUpdate> announced = new ArrayList<>();
    private final List<String> timedStages = new ArrayList<>();

    private final InterviewProgress progress = new InterviewProgress(
            new InterviewRepository() {
                @Override
                public Optional<Interview> findForUpdate(UUID id) {
                    return Optional.ofNullable(interviewRows.get(id));
                }
            },
            new QuestionRepository() {
                @Override
                public Optional<Question> findAsked(UUID interviewId, String questionId) {
                    return questionRows.stream()
                            .filter(q -> q.interviewId.equals(interviewId) && q.questionId.equals(questionId))
                            .findFirst();
                }

                @Override
                public void persist(Question question) {
                    questionRows.add(question);
                }
            },
            new InterviewUpdates(null, null, null) {
                @Override
                public void announce(InterviewUpdate update) {
                    announced.add(update);
                }
            },
            new StalledInterviews(null, null, TestGatewayConfig.defaults()),
            new InterviewMetrics(null, null, null) {
                @Override
                void stageCompleted(StageResult result) {
                    timedStages.add(result.stage());
                }
            });

    private final Interview interview = registered();
    private final StageCompleted tech = StageEvents.completed(StageEvents.intake(interview.id), "tech", 80);
    private final StageCompleted hr = StageEvents.completed(tech, "hr", 70);
    private final StageCompleted boss = StageEvents.completed(hr, "boss", 90);

    @Test
    void aQuestionOfTheCurrentStageIsOpenedAndTheCandidateOwesTheAnswer() {
        progress.apply(question("tech", "tech-1"));

        assertEquals(InterviewStatus.IN_PROGRESS, interview.status);
        assertEquals("tech", interview.currentStage);
        assertEquals("tech-1", interview.openQuestionId);
        assertNull(interview.waitingSince, "the candidate owes the next move");
        assertNotNull(interview.lastEventAt);
        assertEquals(List.of("tech-1"), questionUpdates());
        assertEquals(List.of(), statusUpdates(), "the stage did not change");
    }

    @Test
    void aRedeliveredQuestionIsStoredAndAnnouncedOnce() {
        QuestionAsked first = question("tech", "tech-1");
        progress.apply(first);
        progress.apply(first);

        assertEquals(1, questionRows.size());
        assertEquals(List.of("tech-1"), questionUpdates());
    }

    @Test
    void aQuestionAskedAgainAfterItWasAnsweredIsNotReopened() {
        QuestionAsked first = question("tech", "tech-1");
        progress.apply(first);
        answer("tech-1");

        progress.apply(first);

        assertNull(interview.openQuestionId);
        assertEquals(List.of("tech-1"), questionUpdates());
    }

    @Test
    void aCompletedStageHandsOverToTheNextWhichOwesItsFirstQuestion() {
        progress.apply(question("tech", "tech-1"));
        progress.apply(tech);

        assertEquals(InterviewStatus.IN_PROGRESS, interview.status);
        assertEquals("hr", interview.currentStage);
        assertEquals(List.of("tech"), interview.completedStages);
        assertNull(interview.openQuestionId, "nobody waits for an answer to a question of an ended stage");
        assertNotNull(interview.waitingSince, "the next stage owes its first question");
        assertEquals(List.of(new StatusUpdate(interview.id, InterviewStatus.IN_PROGRESS, "hr")), statusUpdates());
        assertEquals(List.of(new StageReview("tech", false, List.of())), interview.stageReviews);
        assertEquals(List.of("tech"), timedStages);
    }

    @Test
    void theRegistrationsOwnIntakeEventChangesNothing() {
        progress.apply(StageEvents.intake(interview.id));

        assertEquals("tech", interview.currentStage);
        assertEquals(List.of(), interview.completedStages);
        assertEquals(List.of(), announced);
        assertEquals(List.of(), timedStages);
    }

    @Test
    void theLastPlannedStageMovesTheInterviewToScoring() {
        progress.apply(tech);
        progress.apply(hr);
        progress.apply(question("boss", "boss-1"));
        progress.apply(boss);

        assertEquals(InterviewStatus.SCORING, interview.status);
        assertNull(interview.currentStage);
        assertNull(interview.openQuestionId);
        assertNull(interview.waitingSince, "once the stages are over nobody owes a move in them");
        assertEquals(List.of("tech", "hr", "boss"), interview.completedStages);
        assertEquals(new StatusUpdate(interview.id, InterviewStatus.SCORING, null),
                announced.get(announced.size() - 1));
    }

    @Test
    void aScoreEndsTheStagesEvenBeforeTheLastStageCompletedArrives() {
        progress.apply(tech);
        progress.apply(hr);
        progress.apply(question("boss", "boss-1"));
        InterviewScored scored = StageEvents.scored(boss);

        progress.apply(scored);

        assertEquals(InterviewStatus.SCORING, interview.status);
        assertNull(interview.currentStage);
        assertNull(interview.openQuestionId);
        assertEquals(scored.total(), interview.score.total());
        assertEquals(List.of("tech", "hr", "boss"), interview.stageReviews.stream().map(StageReview::stage).toList());
    }

    @Test
    void aLateStageCompletedMovesNothingBackAndKeepsTheReviewsTheScoreWasComputedFrom() {
        InterviewScored scored = StageEvents.scored(boss);
        progress.apply(StageEvents.offer(scored));
        progress.apply(scored);
        List<StageReview> scoredReviews = interview.stageReviews;
        announced.clear();

        progress.apply(StageEvents.flagged(StageEvents.intake(interview.id), "tech", 40,
                List.of("re-rated after the score")));

        assertEquals(InterviewStatus.AWAITING_DECISION, interview.status);
        assertNull(interview.currentStage);
        assertEquals(List.of("tech"), interview.completedStages);
        assertEquals(scoredReviews, interview.stageReviews);
        assertEquals(List.of(), announced);
    }

    @Test
    void aQuestionArrivingAfterItsStageEndedIsNotShown() {
        progress.apply(tech);
        announced.clear();

        progress.apply(question("tech", "tech-3"));

        assertEquals("hr", interview.currentStage);
        assertNull(interview.openQuestionId);
        assertEquals(List.of(), announced);
    }

    @Test
    void aQuestionArrivingAfterTheStagesEndedIsNotShown() {
        progress.apply(StageEvents.scored(boss));
        announced.clear();

        progress.apply(question("boss", "boss-3"));

        assertEquals(InterviewStatus.SCORING, interview.status);
        assertNull(interview.currentStage);
        assertNull(interview.openQuestionId);
        assertEquals(List.of(), announced);
    }

    @Test
    void aDraftArrivingBeforeTheScoreAwaitsTheRecruiterOnlyOnceTheScoreIsThere() {
        InterviewScored scored = StageEvents.scored(boss);

        progress.apply(StageEvents.offer(scored));
        assertEquals(InterviewStatus.SCORING, interview.status);
        assertEquals(LetterKind.OFFER, interview.draft.kind());
        assertNull(interview.score);

        progress.apply(scored);
        assertEquals(InterviewStatus.AWAITING_DECISION, interview.status);
        assertEquals(scored.total(), interview.score.total());
        assertEquals(List.of(InterviewStatus.SCORING, InterviewStatus.AWAITING_DECISION),
                statusUpdates().stream().map(StatusUpdate::status).toList());
    }

    @Test
    void anOfferGoesFromDraftToSentToHiredAndTheFirstSentLetterAndOutcomeStay() {
        progress.apply(StageEvents.scored(boss));
        progress.apply(StageEvents.drafted(interview.id, LetterKind.OFFER));
        assertEquals(InterviewStatus.AWAITING_DECISION, interview.status);
        assertEquals(LetterKind.OFFER, interview.draft.kind());
        assertEquals(StageEvents.OFFERED_SALARY.maximum(), interview.draft.salaryWindow().maximum());

        progress.apply(LetterSent.of(interview.id, LetterKind.OFFER, Language.EN, "# Offer"));
        progress.apply(LetterSent.of(interview.id, LetterKind.FEEDBACK, Language.EN, "# Sorry"));
        assertEquals(InterviewStatus.OFFER_SENT, interview.status);
        assertEquals("# Offer", interview.sentLetter.markdown());

        progress.apply(InterviewConcluded.of(interview.id, Outcome.HIRED, "offer accepted"));
        progress.apply(InterviewConcluded.of(interview.id, Outcome.TALENT_POOL, "late"));
        assertEquals(InterviewStatus.HIRED, interview.status);
        assertEquals(Outcome.HIRED, interview.conclusion.outcome());
        assertEquals("offer accepted", interview.conclusion.reason());
        assertEquals(List.of(InterviewStatus.SCORING, InterviewStatus.AWAITING_DECISION, InterviewStatus.OFFER_SENT,
                        InterviewStatus.HIRED),
                statusUpdates().stream().map(StatusUpdate::status).toList());
    }

    @Test
    void aSentFeedbackLetterEndsInTheTalentPool() {
        progress.apply(StageEvents.drafted(interview.id, LetterKind.FEEDBACK));
        progress.apply(LetterSent.of(interview.id, LetterKind.FEEDBACK, Language.EN, "# Your application"));
        assertEquals(InterviewStatus.FEEDBACK_SENT, interview.status);

        progress.apply(InterviewConcluded.of(interview.id, Outcome.TALENT_POOL, "feedback sent"));
        assertEquals(InterviewStatus.TALENT_POOL, interview.status);
    }

    @Test
    void aDraftArrivingAfterTheRecruiterDecidedKeepsTheDecidedDraft() {
        progress.apply(StageEvents.drafted(interview.id, LetterKind.OFFER));
        interview.decision = new RecordedDecision(Decision.APPROVE, null, "grace", null, Instant.now());

        progress.apply(StageEvents.drafted(interview.id, LetterKind.FEEDBACK));

        assertEquals(LetterKind.OFFER, interview.draft.kind());
    }

    @Test
    void eventsDeliveredInReverseOrderLeaveTheInterviewAtItsLatestStep() {
        InterviewScored scored = StageEvents.scored(boss);
        progress.apply(InterviewConcluded.of(interview.id, Outcome.TALENT_POOL, "declined"));
        progress.apply(LetterSent.of(interview.id, LetterKind.OFFER, Language.EN, "# Offer"));
        progress.apply(StageEvents.offer(scored));
        progress.apply(scored);
        progress.apply(boss);
        progress.apply(question("boss", "boss-1"));

        assertEquals(InterviewStatus.TALENT_POOL, interview.status);
        assertNull(interview.currentStage);
        assertNull(interview.openQuestionId);
        assertEquals(List.of("tech", "hr", "boss"), interview.completedStages);
        assertEquals(scored.total(), interview.score.total());
        assertEquals("# Offer", interview.sentLetter.markdown());
        assertEquals(List.of(new StatusUpdate(interview.id, InterviewStatus.TALENT_POOL, null)), announced);
    }

    @Test
    void anEventOfAnInterviewTheGatewayNeverRegisteredIsRefused() {
        QuestionAsked forNobody = QuestionAsked.of(UUID.randomUUID(), "tech", "tech-1", "Hello?", false, 1, 3);

        assertThrows(UnknownInterviewException.class, () -> progress.apply(forNobody));
        assertEquals(List.of(), questionRows);
    }

    /** As the gateway registers it: the first stage of the default plan is current and owes its first question. */
    private Interview registered() {
        Interview registered = new Interview();
        registered.id = UUID.randomUUID();
        registered.language = Language.EN;
        registered.plan = StageEvents.intake(registered.id).context().plan();
        registered.status = InterviewStatus.IN_PROGRESS;
        registered.currentStage = registered.plan.get(0).stage();
        registered.registeredAt = Instant.now();
        registered.trackWait(registered.registeredAt, null);
        interviewRows.put(registered.id, registered);
        return registered;
    }

    private QuestionAsked question(String stage, String questionId) {
        return QuestionAsked.of(interview.id, stage, questionId, "Tell us about " + questionId + ".", false, 1, 3);
    }

    /** What the candidate's answer does to the read model (see {@code CandidateInterviews}). */
    private void answer(String questionId) {
        Question question = questionRows.stream().filter(q -> q.questionId.equals(questionId))
                .findFirst().orElseThrow();
        question.answeredAt = Instant.now();
        interview.openQuestionId = null;
        interview.trackWait(question.answeredAt, interview.currentStage);
    }

    private List<String> questionUpdates() {
        return announced.stream().filter(QuestionUpdate.class::isInstance)
                .map(update -> ((QuestionUpdate) update).question().questionId()).toList();
    }

    private List<StatusUpdate> statusUpdates() {
        return announced.stream().filter(StatusUpdate.class::isInstance).map(StatusUpdate.class::cast).toList();
    }
}
