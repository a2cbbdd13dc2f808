package io.interviews.scoring.service;

import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.PlannedStage;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.kit.Outbox;
import io.interviews.scoring.repository.CompletedStage;
import io.interviews.scoring.repository.InterviewProgress;
import io.interviews.scoring.repository.Scorecard;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Records each interview's progress and, when its plan is complete, its scorecard and InterviewScored event. */
@Startup // invalid band bounds fail the start, not the first interview
@ApplicationScoped
public class ScoringService {

    private static final Logger LOG = Logger.getLogger(ScoringService.class);

    @Inject ScorecardCalculator calculator;
    @Inject Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onStageCompleted(StageCompleted event) {
        recordProgress(event);
        if (!event.completesPlan()) {
            return;
        }
        if (Scorecard.findById(event.interviewId()) != null) {
            LOG.warnf("Interview %s is already scored; ignoring final stage-completed event %s",
                    event.interviewId(), event.eventId());
            return;
        }
        InterviewContext context = event.context();
        InterviewAssessment assessment = calculator.assess(context.plan(), event.results());
        Scorecard scorecard = scorecardOf(UUID.randomUUID(), Instant.now(), assessment, event);
        InterviewScored scored = new InterviewScored(scorecard.scoredEventId, event.interviewId(), scorecard.scoredAt,
                context, assessment.stageScores(), assessment.total(), assessment.band(), assessment.recommendation(),
                assessment.needsReview(), event.results(),
                ImprovementAreas.of(scorecard).stream().map(ImprovementAreaDetail::area).toList());
        scorecard.persist();
        outbox.add(Topics.SCORED, scored);
    }

    @Transactional
    public Optional<ScorecardView> scorecard(UUID interviewId) {
        return Scorecard.<Scorecard>findByIdOptional(interviewId).map(ScorecardView::of);
    }

    /** The complete record of a scored interview: context, ratings with evidence, transcripts, scores. */
    @Transactional
    public Optional<InterviewResults> results(UUID interviewId) {
        return Scorecard.<Scorecard>findByIdOptional(interviewId).map(InterviewResults::of);
    }

    /** Why an interview has no scorecard yet, in words for a recruiter. */
    @Transactional
    public String whyNotScored(UUID interviewId) {
        InterviewProgress progress = InterviewProgress.findById(interviewId);
        if (progress == null) {
            return "No scorecard for interview " + interviewId + ": no stage of it has been seen";
        }
        return "No scorecard for interview " + interviewId + " yet: " + progress.completedStages.size() + " of "
                + progress.plannedStages.length + " planned stages completed (last: " + progress.lastStage + ")";
    }

    private void recordProgress(StageCompleted event) {
        InterviewProgress progress = InterviewProgress.findById(event.interviewId());
        boolean firstSeen = progress == null;
        if (firstSeen) {
            progress = new InterviewProgress();
            progress.interviewId = event.interviewId();
        }
        progress.plannedStages = event.context().plan().stream().map(PlannedStage::stage).toArray(String[]::new);
        progress.lastStage = event.stage();
        progress.updatedAt = event.occurredAt();
        progress.completedStages = event.results().stream().map(result -> new CompletedStage(result.stage(),
                result.score(), result.needsReview(), result.completedAt())).toList();
        if (firstSeen) {
            progress.persist();
        }
    }

    private static Scorecard scorecardOf(UUID scoredEventId, Instant scoredAt, InterviewAssessment assessment,
                                         StageCompleted event) {
        Scorecard scorecard = new Scorecard();
        scorecard.interviewId = event.interviewId();
        scorecard.context = event.context();
        scorecard.results = assessment.results();
        scorecard.total = assessment.total();
        scorecard.band = assessment.band();
        scorecard.recommendation = assessment.recommendation();
        scorecard.needsReview = assessment.needsReview();
        scorecard.missingStages = assessment.missingStages().toArray(String[]::new);
        scorecard.scoredAt = scoredAt;
        scorecard.scoredEventId = scoredEventId;
        return scorecard;
    }
}
