package io.interviews.gateway.service;

import io.interviews.events.InterviewErased;
import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.repository.InterviewRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erases every interview once the retention period has passed since its outcome (its conclusion), or since it last
 * changed when it never concluded (an abandoned or lapsed application): {@code interview.gateway.retention-period}.
 */
@ApplicationScoped
public class InterviewRetention {

    private static final Logger LOG = Logger.getLogger(InterviewRetention.class);
    /** Erased per transaction: a long backlog (a shortened period) is worked off in steps, never in one lock. */
    private static final int BATCH = 100;

    @Inject InterviewRepository interviews;
    @Inject InterviewErasures erasures;
    @Inject GatewayConfig config;

    @Scheduled(every = "${interview.gateway.retention-check-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void eraseExpired() {
        Instant cutoff = Instant.now().minus(config.retentionPeriod());
        int erased = 0;
        List<UUID> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> interviews.retainedBefore(cutoff, BATCH));
            due.forEach(id -> erasures.erase(id, InterviewErased.Reason.RETENTION));
            erased += due.size();
        } while (due.size() == BATCH);
        if (erased > 0) {
            LOG.infof("Erased %d interviews whose outcome (or last change) is older than %s", erased,
                    config.retentionPeriod());
        }
    }
}
