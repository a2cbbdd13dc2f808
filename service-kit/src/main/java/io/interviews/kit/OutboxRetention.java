package io.interviews.kit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Deletes published outbox rows once they are older than the retention period; unpublished rows stay. */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    @Inject OutboxConfig config;

    @Scheduled(every = "${interview.outbox.cleanup-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void deleteExpired() {
        long deleted = OutboxMessage.delete("publishedAt < ?1", Instant.now().minus(config.retention()));
        if (deleted > 0) {
            LOG.debugf("Deleted %d outbox rows published more than %s ago", deleted, config.retention());
        }
    }
}
