package io.interviews.gateway.service;

import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewStatus;
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
 * Interviews the system has left waiting: the current stage has not asked its first question, or not followed
 * up an answer, for longer than {@code interview.gateway.stall-after}. Reads decide it on the spot; a periodic
 * check logs each stall once and refreshes the per-stage gauges. A candidate who takes long to answer never
 * stalls an interview: while a question is open, the candidate owes the move.
 */
@ApplicationScoped
public class StalledInterviews {

    private static final Logger LOG = Logger.getLogger(StalledInterviews.class);

    private final EntityManager entityManager;
    private final InterviewMetrics metrics;
    private final Duration stallAfter;

    StalledInterviews(EntityManager entityManager, InterviewMetrics metrics, GatewayConfig config) {
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.stallAfter = config.stallAfter();
    }

    /** How the interview's wait looks to a recruiter: stalled or not, since when and on whom. */
    public record Stall(boolean stalled, Instant stalledSince, String waitingOn) {

        static final Stall NONE = new Stall(false, null, null);
    }

    public Stall of(Interview interview) {
        return of(interview, cutoff());
    }

    /** As {@link #of(Interview)}, for a list whose stalls are all judged against one {@link #cutoff()}. */
    public Stall of(Interview interview, Instant cutoff) {
        Instant since = interview.waitingSince;
        return since != null && !since.isAfter(cutoff) ? new Stall(true, since, "stage " + interview.currentStage)
                : Stall.NONE;
    }

    /** An interview whose wait started at or before this moment is stalled now. */
    public Instant cutoff() {
        return Instant.now().minus(stallAfter);
    }

    @Scheduled(every = "${interview.gateway.stall-check-interval:10s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void check() {
        Instant cutoff = cutoff();
        warnOfNewStalls(cutoff);
        countByStage(cutoff);
    }

    /** Marks each wait it warns of, in the same statement, so another check (or gateway) does not warn again. */
    private void warnOfNewStalls(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Object[]> newlyStalled = entityManager.createNativeQuery("""
                        update interview set stall_warned_for = waiting_since
                         where waiting_since <= :cutoff and stall_warned_for is distinct from waiting_since
                        returning id, current_stage, waiting_since""")
                .setParameter("cutoff", cutoff)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("current_stage", String.class)
                .addScalar("waiting_since", Instant.class)
                .getResultList();
        for (Object[] stall : newlyStalled) {
            Instant since = (Instant) stall[2];
            LOG.warnf("Interview %s is stalled: waiting on stage %s since %s (%d s, limit %s)", stall[0], stall[1],
                    since, Duration.between(since, Instant.now()).toSeconds(), stallAfter);
        }
    }

    private void countByStage(Instant cutoff) {
        Map<String, Long> inProgress = new HashMap<>();
        Map<String, Long> stalled = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery("""
                        select i.currentStage, count(i),
                               sum(case when i.waitingSince <= :cutoff then 1L else 0L end)
                          from Interview i
                         where i.status = :running and i.currentStage is not null
                         group by i.currentStage""", Object[].class)
                .setParameter("cutoff", cutoff)
                .setParameter("running", InterviewStatus.IN_PROGRESS)
                .getResultList();
        for (Object[] row : rows) {
            inProgress.put((String) row[0], (Long) row[1]);
            stalled.put((String) row[0], (Long) row[2]);
        }
        metrics.stageCounts(inProgress, stalled);
    }

    /** Logs that a stalled interview moved again; called when its wait ends or restarts. */
    void waitEnded(Interview interview, Instant waitedSince, String stage) {
        if (!waitedSince.isAfter(cutoff())) {
            LOG.infof("Interview %s: stage %s moved again after a stall of %d s", interview.id, stage,
                    Duration.between(waitedSince, Instant.now()).toSeconds());
        }
    }
}
