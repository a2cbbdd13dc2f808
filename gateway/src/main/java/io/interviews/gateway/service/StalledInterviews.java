package io.interviews.gateway.service;

import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.StallCutoffs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Interviews the system has left waiting. While the stages run: the current stage has not asked its first question,
 * or not followed up an answer, for longer than {@code interview.gateway.stall-after}. After them: the scoring and
 * offer services have not delivered the score and the drafted letter ({@code SCORING}, since the last event), or
 * not sent the letter a recruiter decided on ({@code AWAITING_DECISION}, since the decision), for longer than
 * {@code interview.gateway.letter-stall-after}. Reads decide it on the spot; a periodic check logs each stall once
 * and refreshes the gauges. A candidate who takes long to answer, or a recruiter who takes long to decide, never
 * stalls an interview: they owe the move.
 */
@ApplicationScoped
public class StalledInterviews {

    private static final Logger LOG = Logger.getLogger(StalledInterviews.class);

    /** {@link InterviewRepository#stalledCondition()} in SQL, for the statement that marks what it warns of. */
    private static final String WAIT_START_SQL = """
            case status when 'IN_PROGRESS' then waiting_since when 'SCORING' then last_event_at
                        when 'AWAITING_DECISION' then decided_at end""";

    private final EntityManager entityManager;
    private final InterviewMetrics metrics;
    private final Duration stallAfter;
    private final Duration letterStallAfter;

    StalledInterviews(EntityManager entityManager, InterviewMetrics metrics, GatewayConfig config) {
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.stallAfter = config.stallAfter();
        this.letterStallAfter = config.letterStallAfter();
    }

    /** How the interview's wait looks to a recruiter: stalled or not, since when and on whom. */
    public record Stall(boolean stalled, Instant stalledSince, String waitingOn) {

        static final Stall NONE = new Stall(false, null, null);
    }

    public Stall of(Interview interview) {
        return of(interview, cutoffs());
    }

    /** As {@link #of(Interview)}, for a list whose stalls are all judged against the same {@link #cutoffs()}. */
    public Stall of(Interview interview, StallCutoffs cutoffs) {
        Instant since = waitStart(interview);
        return since != null && !since.isAfter(cutoffs.of(interview.status))
                ? new Stall(true, since, waitingOn(interview.status, interview.currentStage, interview.score != null))
                : Stall.NONE;
    }

    /** Waits that started at or before these moments are stalls now. */
    public StallCutoffs cutoffs() {
        Instant now = Instant.now();
        return new StallCutoffs(now.minus(stallAfter), now.minus(letterStallAfter));
    }

    private static Instant waitStart(Interview interview) {
        return switch (interview.status) {
            case IN_PROGRESS -> interview.waitingSince;
            case SCORING -> interview.lastEventAt;
            case AWAITING_DECISION -> interview.decision == null ? null : interview.decision.decidedAt();
            default -> null;
        };
    }

    /** The stage, or the service that owes the letter: the scoring-service until the score, then the offer-service. */
    private static String waitingOn(InterviewStatus status, String currentStage, boolean scored) {
        if (status == InterviewStatus.IN_PROGRESS) {
            return "stage " + currentStage;
        }
        return status == InterviewStatus.SCORING && !scored ? "scoring-service" : "offer-service";
    }

    @Scheduled(every = "${interview.gateway.stall-check-interval:10s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void check() {
        StallCutoffs cutoffs = cutoffs();
        warnOfNewStalls(cutoffs);
        countByStage(cutoffs);
        countAfterStages(cutoffs);
    }

    /** Marks each wait it warns of, in the same statement, so another check (or gateway) does not warn again. */
    private void warnOfNewStalls(StallCutoffs cutoffs) {
        @SuppressWarnings("unchecked")
        List<Object[]> newlyStalled = entityManager.createNativeQuery("""
                        update interview set stall_warned_for = %1$s
                         where %1$s <= case status when 'IN_PROGRESS' then cast(:stageCutoff as timestamptz) else cast(:letterCutoff as timestamptz) end
                           and stall_warned_for is distinct from %1$s
                        returning id, status, current_stage, total is not null as scored, stall_warned_for"""
                        .formatted(WAIT_START_SQL))
                .setParameter("stageCutoff", cutoffs.stage())
                .setParameter("letterCutoff", cutoffs.letter())
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("status", String.class)
                .addScalar("current_stage", String.class)
                .addScalar("scored", Boolean.class)
                .addScalar("stall_warned_for", Instant.class)
                .getResultList();
        for (Object[] stall : newlyStalled) {
            InterviewStatus status = InterviewStatus.valueOf((String) stall[1]);
            Instant since = (Instant) stall[4];
            LOG.warnf("Interview %s is stalled: waiting on %s since %s (%d s, limit %s)", stall[0],
                    waitingOn(status, (String) stall[2], (Boolean) stall[3]), since,
                    Duration.between(since, Instant.now()).toSeconds(),
                    status == InterviewStatus.IN_PROGRESS ? stallAfter : letterStallAfter);
        }
    }

    private void countByStage(StallCutoffs cutoffs) {
        Map<String, Long> inProgress = new HashMap<>();
        Map<String, Long> stalled = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery("""
                        select i.currentStage, count(i),
                               sum(case when i.waitingSince <= :cutoff then 1L else 0L end)
                          from Interview i
                         where i.status = :running and i.currentStage is not null
                         group by i.currentStage""", Object[].class)
                .setParameter("cutoff", cutoffs.stage())
                .setParameter("running", InterviewStatus.IN_PROGRESS)
                .getResultList();
        for (Object[] row : rows) {
            inProgress.put((String) row[0], (Long) row[1]);
            stalled.put((String) row[0], (Long) row[2]);
        }
        metrics.stageCounts(inProgress, stalled);
    }

    private void countAfterStages(StallCutoffs cutoffs) {
        Map<String, Long> stalled = new HashMap<>();
        stalled.put(InterviewStatus.SCORING.name(), 0L);
        stalled.put(InterviewStatus.AWAITING_DECISION.name(), 0L);
        var query = entityManager.createQuery("select status, count(*) from Interview where status in (:scoring, "
                + ":awaitingDecision) and " + InterviewRepository.stalledCondition() + " group by status", Object[].class);
        InterviewRepository.stalledParameters(cutoffs).forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            stalled.put(((InterviewStatus) row[0]).name(), (Long) row[1]);
        }
        metrics.afterStageCounts(stalled);
    }

    /** Logs that a stalled interview moved again; called when its wait ends or restarts. */
    void waitEnded(Interview interview, Instant waitedSince, String stage) {
        if (!waitedSince.isAfter(cutoffs().stage())) {
            LOG.infof("Interview %s: stage %s moved again after a stall of %d s", interview.id, stage,
                    Duration.between(waitedSince, Instant.now()).toSeconds());
        }
    }
}
