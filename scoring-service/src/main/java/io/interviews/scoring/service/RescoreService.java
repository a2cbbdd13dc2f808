package io.interviews.scoring.service;

import io.interviews.events.Band;
import io.interviews.events.InterviewRescored;
import io.interviews.events.StageRegraded;
import io.interviews.events.StageRescored;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import io.interviews.events.Topics;
import io.interviews.kit.Outbox;
import io.interviews.scoring.repository.Scorecard;
import io.interviews.scoring.repository.StageRegrade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Combines the stages' answers to a recruiter's re-score: once every stage with a result on the interview's scorecard
 * has answered, the interview is scored again from the new stage scores, exactly as its live scorecard was, and an
 * {@link InterviewRescored} sets the two side by side. The scorecard itself never changes.
 */
@ApplicationScoped
public class RescoreService {

    private static final Logger LOG = Logger.getLogger(RescoreService.class);

    @Inject ScorecardCalculator calculator;
    @Inject Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onStageRegraded(StageRegraded regraded) {
        Scorecard scorecard = Scorecard.findById(regraded.interviewId());
        if (scorecard == null) {
            LOG.warnf("Interview %s has no scorecard; dropping the %s stage's answer to re-score %s",
                    regraded.interviewId(), regraded.stage(), regraded.rescoreId());
            return;
        }
        if (scorecard.results.stream().noneMatch(live -> live.stage().equals(regraded.stage()))) {
            LOG.warnf("Interview %s has no %s result on its scorecard; dropping that stage's answer to re-score %s",
                    regraded.interviewId(), regraded.stage(), regraded.rescoreId());
            return;
        }
        ScorecardCalculator.requireValidScore(regraded.stage(), regraded.score());
        if (!StageRegrade.keep(regraded)) {
            LOG.debugf("The %s stage already answered re-score %s of interview %s; ignoring event %s",
                    regraded.stage(), regraded.rescoreId(), regraded.interviewId(), regraded.eventId());
            return;
        }
        Map<String, StageRegraded> answers = StageRegrade.answers(regraded.rescoreId(), regraded.interviewId())
                .stream().collect(Collectors.toMap(StageRegraded::stage, Function.identity()));
        if (!scorecard.results.stream().allMatch(live -> answers.containsKey(live.stage()))) {
            return; // a stage has yet to answer
        }
        InterviewRescored rescored = rescoredOf(scorecard, regraded.rescoreId(), answers);
        outbox.add(Topics.RESCORED, rescored);
        // folded into the event: nothing here needs them any more, and they quote the candidate
        StageRegrade.deleteAnswers(regraded.rescoreId(), regraded.interviewId());
        LOG.infof("Re-score %s of interview %s: %.1f %s live, %.1f %s re-scored (brain %s)", rescored.rescoreId(),
                rescored.interviewId(), rescored.liveTotal(), rescored.liveBand(), rescored.rescoredTotal(),
                rescored.rescoredBand(), rescored.brain());
    }

    private InterviewRescored rescoredOf(Scorecard scorecard, UUID rescoreId, Map<String, StageRegraded> answers) {
        List<StageRescored> stages = scorecard.results.stream().map(live -> {
            StageRegraded answer = answers.get(live.stage());
            return StageRescored.of(live, scorecard.weightOf(live), answer.rubricVersion(), answer.score(),
                    answer.reviewReasons(), answer.dimensions());
        }).toList();
        double total = StageScore.total(stages.stream()
                        .map(stage -> new StageScore(stage.stage(), stage.weight(), stage.rescoredScore())).toList())
                .orElseThrow(() -> new UnscorableInterviewException("no scored stage of interview "
                        + scorecard.interviewId + " has a positive plan weight"));
        Band band = calculator.bandOf(total);
        String brain = scorecard.results.stream().map(StageResult::stage).map(answers::get)
                .map(StageRegraded::brain).distinct().collect(Collectors.joining(","));
        return new InterviewRescored(InterviewRescored.eventIdOf(rescoreId, scorecard.interviewId),
                scorecard.interviewId, Instant.now(), scorecard.scoredEventId, brain, scorecard.total, scorecard.band, total, band, stages, rescoreId);
    }
}
