package io.interviews.scoring.service;

import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.PlannedStage;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import io.interviews.events.Topics;
import io.interviews.kit.Outbox;
import io.interviews.scoring.config.ScoringConfig;
import io.interviews.scoring.repository.CompletedStage;
import io.interviews.scoring.repository.InterviewProgress;
import io.interviews.scoring.repository.PlanEntry;
import io.interviews.scoring.repository.RecordedExchange;
import io.interviews.scoring.repository.Scorecard;
import io.interviews.scoring.repository.ScorecardDimension;
import io.interviews.scoring.repository.ScorecardStage;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Records each interview's progress and, when its plan is complete, its scorecard and InterviewScored event. */
@Startup // invalid band bounds fail the start, not the first interview
@ApplicationScoped
public class ScoringService {

    private static final Logger LOG = Logger.getLogger(ScoringService.class);

    private final ScorecardCalculator calculator;
    private final Outbox outbox;

    ScoringService(ScoringConfig config, Outbox outbox) {
        this.calculator = new ScorecardCalculator(BandThresholds.of(config.bands()));
        this.outbox = outbox;
    }

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
        progress.completedStages.clear();
        for (StageResult result : event.results()) {
            progress.completedStages.add(
                    new CompletedStage(result.stage(), result.score(), result.needsReview(), result.completedAt()));
        }
        if (firstSeen) {
            progress.persist();
        }
    }

    private static Scorecard scorecardOf(UUID scoredEventId, Instant scoredAt, InterviewAssessment assessment,
                                         StageCompleted event) {
        InterviewContext context = event.context();
        Scorecard scorecard = new Scorecard();
        scorecard.interviewId = event.interviewId();
        scorecard.candidateName = context.candidate().name();
        scorecard.candidateEmail = context.candidate().email();
        scorecard.positionTitle = context.position().title();
        scorecard.positionLevel = context.position().level();
        scorecard.positionLocation = context.position().location();
        scorecard.language = context.language().code();
        scorecard.total = assessment.total();
        scorecard.band = assessment.band();
        scorecard.recommendation = assessment.recommendation();
        scorecard.needsReview = assessment.needsReview();
        scorecard.missingStages = assessment.missingStages().toArray(String[]::new);
        scorecard.scoredAt = scoredAt;
        scorecard.scoredEventId = scoredEventId;
        for (PlannedStage planned : context.plan()) {
            scorecard.plan.add(new PlanEntry(planned.stage(), planned.weight()));
        }

        Map<String, StageResult> resultByStage = event.results().stream()
                .collect(Collectors.toMap(StageResult::stage, Function.identity(), (first, latest) -> latest));
        int position = 0;
        for (StageScore stageScore : assessment.stageScores()) {
            scorecard.stages.add(stageOf(scorecard, position++, stageScore, resultByStage.get(stageScore.stage())));
        }
        return scorecard;
    }

    private static ScorecardStage stageOf(Scorecard scorecard, int position, StageScore stageScore,
                                          StageResult result) {
        ScorecardStage stage = new ScorecardStage();
        stage.scorecard = scorecard;
        stage.position = position;
        stage.stage = stageScore.stage();
        stage.weight = stageScore.weight();
        stage.score = stageScore.score();
        stage.rubricVersion = result.rubricVersion();
        stage.needsReview = result.needsReview();
        stage.reviewReasons = result.reviewReasons().toArray(String[]::new);
        stage.startedAt = result.startedAt();
        stage.completedAt = result.completedAt();
        int dimensionPosition = 0;
        for (DimensionRating rating : result.dimensions()) {
            ScorecardDimension dimension = new ScorecardDimension();
            dimension.stage = stage;
            dimension.position = dimensionPosition++;
            dimension.dimension = rating.dimension();
            dimension.rating = rating.rating();
            dimension.weight = rating.weight();
            dimension.evidence = rating.evidence().toArray(String[]::new);
            dimension.rationale = rating.rationale();
            dimension.trusted = rating.trusted();
            dimension.brain = rating.brain();
            stage.dimensions.add(dimension);
        }
        for (Exchange exchange : result.transcript()) {
            stage.transcript.add(new RecordedExchange(exchange.questionId(), exchange.question(), exchange.followUp(),
                    exchange.answer(), exchange.answeredAt()));
        }
        return stage;
    }
}
