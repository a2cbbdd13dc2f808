package io.interviews.gateway.webhook;

import io.interviews.gateway.config.WebhookConfig;
import io.interviews.gateway.repository.WebhookRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Keeps the delivery log from growing for ever: settled deliveries go once older than the retention period. */
@ApplicationScoped
public class WebhookLogRetention {

    private static final Logger LOG = Logger.getLogger(WebhookLogRetention.class);

    @Inject WebhookRepository repository;
    @Inject WebhookConfig config;

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void deleteExpired() {
        long deleted = repository.deleteSettledBefore(Instant.now().minus(config.logRetention()));
        if (deleted > 0) {
            LOG.debugf("Deleted %d webhook deliveries settled more than %s ago", deleted, config.logRetention());
        }
    }
}
