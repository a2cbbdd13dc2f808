package io.interviews.gateway.webhook;

import io.interviews.events.CandidateResponded;
import io.interviews.events.DecisionRefused;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.StageCompleted;
import io.interviews.gateway.repository.WebhookDelivery;
import io.interviews.gateway.repository.WebhookRepository;
import io.interviews.gateway.repository.WebhookSubscription;
import io.interviews.gateway.rest.WebhookForm;
import io.interviews.gateway.service.RequestRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Webhook subscriptions and their delivery log (README: Webhooks). Every event the gateway consumes, and every
 * decision it records, is queued in that transaction once for each subscription to its type, as
 * {@link WebhookSubscribers} holds them; {@link WebhookSender} sends the queue.
 */
@ApplicationScoped
public class Webhooks {

    /**
     * The event types a subscription may name: those the gateway follows on the topics, its own decisions, and the
     * erasure of an interview (so an applicant-tracking system can erase its copy too).
     */
    public static final Set<String> EVENT_TYPES = Set.of(QuestionAsked.TYPE, StageCompleted.TYPE, InterviewScored.TYPE,
            LetterDrafted.TYPE, RecruiterDecided.TYPE, DecisionRefused.TYPE, LetterSent.TYPE, CandidateResponded.TYPE,
            InterviewConcluded.TYPE, InterviewErased.TYPE);

    /** A subscription as listed: never its secret. */
    public record Subscription(UUID id, String url, List<String> eventTypes, String createdBy, Instant createdAt) {

        static Subscription of(WebhookSubscription subscription) {
            return new Subscription(subscription.id, subscription.url, subscription.eventTypes,
                    subscription.createdBy, subscription.createdAt);
        }
    }

    /** A new subscription, with its signing secret: shown this once. */
    public record CreatedSubscription(UUID id, String url, List<String> eventTypes, String createdBy,
                                      Instant createdAt, String secret) {
    }

    /** One line of the delivery log. */
    public record Delivery(UUID deliveryId, UUID eventId, String eventType, UUID interviewId, Instant eventTime,
                           WebhookDelivery.Status status, int attempts, Instant firstAttemptAt,
                           Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant deliveredAt) {

        static Delivery of(WebhookDelivery delivery) {
            return new Delivery(delivery.id, delivery.eventId, delivery.eventType, delivery.interviewId,
                    delivery.eventTime, delivery.status, delivery.attempts, delivery.firstAttemptAt,
                    delivery.status == WebhookDelivery.Status.PENDING ? delivery.nextAttemptAt : null,
                    delivery.lastStatusCode, delivery.lastError, delivery.deliveredAt);
        }
    }

    @Inject WebhookRepository repository;
    @Inject WebhookSubscribers subscribers;

    public CreatedSubscription subscribe(WebhookForm form, String recruiter) {
        List<String> unknown = form.eventTypes().stream().filter(type -> !EVENT_TYPES.contains(type)).toList();
        if (!unknown.isEmpty()) {
            throw RequestRejected.invalid("eventTypes", "unknown event type " + String.join(", ", unknown)
                    + "; one of " + EVENT_TYPES.stream().sorted().toList());
        }
        try {
            URI.create(form.url());
        } catch (IllegalArgumentException e) {
            throw RequestRejected.invalid("url", "is not a valid URL: " + e.getMessage());
        }
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.url = form.url();
        subscription.eventTypes = form.eventTypes().stream().distinct().toList();
        subscription.secret = WebhookSignature.newSecret();
        subscription.createdBy = recruiter;
        subscription.createdAt = Instant.now();
        subscribers.change(() -> {
            repository.persist(subscription);
            return subscription;
        });
        return new CreatedSubscription(subscription.id, subscription.url, subscription.eventTypes,
                subscription.createdBy, subscription.createdAt, subscription.secret);
    }

    @Transactional
    public List<Subscription> subscriptions() {
        return repository.subscriptions().stream().map(Subscription::of).toList();
    }

    /** Ends the subscription; its pending deliveries are dropped with its log. */
    public void unsubscribe(UUID subscriptionId) {
        subscribers.change(() -> {
            repository.delete(subscription(subscriptionId));
            return subscriptionId;
        });
    }

    @Transactional
    public List<Delivery> deliveries(UUID subscriptionId, int limit) {
        subscription(subscriptionId);
        return repository.deliveries(subscriptionId, limit).stream().map(Delivery::of).toList();
    }

    /**
     * Sends a delivery again, whatever became of it, as a fresh delivery with its retries: it goes first in its
     * queue (it is older than the rest), so the interview's later deliveries wait until it is settled again.
     */
    @Transactional
    public Delivery replay(UUID subscriptionId, UUID deliveryId) {
        WebhookDelivery delivery = repository.delivery(subscriptionId, deliveryId)
                .orElseThrow(() -> new RequestRejected(Status.NOT_FOUND, "no delivery " + deliveryId + " of webhook "
                        + subscriptionId));
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.firstAttemptAt = null;
        delivery.nextAttemptAt = Instant.now();
        return Delivery.of(delivery);
    }

    /**
     * Queues the event for every subscription to its type, in the caller's transaction (a consumer's, a decision's).
     * Without subscribers that is no statement at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(InterviewEvent event) {
        Instant now = Instant.now();
        for (WebhookSubscribers.Subscriber subscriber : subscribers.of(event.type())) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscriber.id();
            delivery.interviewId = event.interviewId();
            delivery.eventId = event.eventId();
            delivery.eventType = event.type();
            delivery.eventTime = event.occurredAt();
            delivery.payload = WebhookPayload.of(event, subscriber.https());
            delivery.status = WebhookDelivery.Status.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            repository.queueUnlessUnsubscribed(delivery);
        }
    }

    private WebhookSubscription subscription(UUID subscriptionId) {
        return repository.subscription(subscriptionId)
                .orElseThrow(() -> new RequestRejected(Status.NOT_FOUND, "no webhook " + subscriptionId));
    }
}
