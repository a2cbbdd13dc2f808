package io.interviews.kit;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

/**
 * The retry policy of {@link HandledOnce} and {@link RetriesTransientFailures}: SmallRye Fault Tolerance's retry with
 * exponential backoff.
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    private final Guard guard;

    ConsumerRetry(ConsumerRetryConfig config, MeterRegistry meters) {
        this.guard = Guard.create()
                .withDescription("consumer retry of transient failures")
                .withRetry()
                .maxRetries(config.maxRetries())
                .delay(config.delay().toMillis(), ChronoUnit.MILLIS)
                .maxDuration(config.maxDuration().toMillis(), ChronoUnit.MILLIS)
                .jitter(config.delay().toMillis() / 2, ChronoUnit.MILLIS)
                .withExponentialBackoff()
                .factor(2)
                .maxDelay(config.maxDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .whenException(TransientFailures::isTransient)
                .beforeRetry(failure -> {
                    LOG.warnf("Transient failure, retrying: %s", failure.toString());
                    meters.counter("interview.consumer.retries").increment();
                })
                .done()
                .build();
    }

    /** Runs {@code work}, again after each transient failure while retries remain; rethrows the last failure. */
    public Object call(Callable<Object> work) throws Exception {
        return guard.call(work, Object.class);
    }
}
