package io.interviews.gateway.webhook;

import io.interviews.gateway.config.WebhookConfig;
import io.interviews.gateway.repository.WebhookDelivery;
import io.interviews.gateway.repository.WebhookRepository;
import io.interviews.gateway.repository.WebhookSubscription;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends due deliveries as CloudEvents in HTTP binary mode ({@code ce-*} headers, the event as the body), signed as
 * Standard Webhooks do. A 2xx answer settles a delivery; anything else is retried with exponential backoff until the
 * retry window has passed since the first attempt. Deliveries are claimed, sent and recorded in separate short
 * transactions, so no transaction waits on a receiver.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final WebhookRepository repository;
    private final WebhookConfig config;
    private final String source;
    private final HttpClient http;

    WebhookSender(WebhookRepository repository, WebhookConfig config,
                  @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.repository = repository;
        this.config = config;
        this.source = "/" + applicationName;
        this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends what is due, batch after batch, until nothing is. */
    @Scheduled(every = "${interview.webhooks.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        List<UUID> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(this::claim);
            claimed.forEach(this::send);
        } while (!claimed.isEmpty());
    }

    private List<UUID> claim() {
        Instant now = Instant.now();
        // the lease outlasts sending the whole batch, so no other replica claims one of it meanwhile
        Instant leaseUntil = now.plus(config.requestTimeout().multipliedBy(2L * config.batchSize() + 1));
        return repository.claimDue(now, leaseUntil, config.batchSize());
    }

    private void send(UUID deliveryId) {
        Optional<HttpRequest> request = QuarkusTransaction.requiringNew().call(() ->
                repository.findByIdOptional(deliveryId).map(this::request));
        if (request.isEmpty()) {
            return; // unsubscribed meanwhile
        }
        Attempt attempt;
        try {
            HttpResponse<InputStream> response = http.send(request.get(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                attempt = new Attempt(response.statusCode(), response.statusCode() / 100 == 2 ? null
                        : "answered " + response.statusCode() + ": "
                        + new String(body.readNBytes(MAX_ERROR_LENGTH), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            attempt = new Attempt(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // shutting down: the lease runs out and the delivery is sent again
        }
        Attempt settled = attempt;
        QuarkusTransaction.requiringNew().run(() ->
                repository.findByIdOptional(deliveryId).ifPresent(delivery -> record(delivery, settled)));
    }

    private HttpRequest request(WebhookDelivery delivery) {
        WebhookSubscription subscription = repository.subscription(delivery.subscriptionId).orElseThrow();
        long timestamp = Instant.now().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(subscription.url))
                .timeout(config.requestTimeout())
                .header("content-type", "application/json")
                .header("ce-specversion", "1.0")
                .header("ce-id", delivery.eventId.toString())
                .header("ce-type", delivery.eventType)
                .header("ce-source", source)
                .header("ce-time", delivery.eventTime.toString())
                .header("ce-subject", delivery.interviewId.toString())
                .header("webhook-id", delivery.id.toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(subscription.secret, delivery.id.toString(),
                        timestamp, delivery.payload))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload))
                .build();
    }

    private void record(WebhookDelivery delivery, Attempt attempt) {
        Instant now = Instant.now();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        if (delivery.firstAttemptAt == null) {
            delivery.firstAttemptAt = now;
        }
        delivery.lastStatusCode = attempt.statusCode();
        delivery.lastError = attempt.error() == null ? null
                : attempt.error().substring(0, Math.min(attempt.error().length(), MAX_ERROR_LENGTH));
        if (attempt.error() == null) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = now;
            return;
        }
        Instant next = now.plus(backoff(delivery.attempts));
        if (next.isAfter(delivery.firstAttemptAt.plus(config.retryWindow()))) {
            delivery.status = WebhookDelivery.Status.FAILED;
            LOG.warnf("Webhook delivery %s of event %s given up after %d attempts: %s", delivery.id,
                    delivery.eventId, delivery.attempts, delivery.lastError);
        } else {
            delivery.nextAttemptAt = next;
        }
    }

    /** The wait after the {@code attempts}-th failed attempt: the initial backoff, doubled each time, capped. */
    private Duration backoff(int attempts) {
        Duration wait = config.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private record Attempt(Integer statusCode, String error) {
    }
}
