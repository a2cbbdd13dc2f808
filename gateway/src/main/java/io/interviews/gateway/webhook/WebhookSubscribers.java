package io.interviews.gateway.webhook;

import io.interviews.gateway.repository.WebhookRepository;
import io.interviews.gateway.repository.WebhookSubscription;
import io.interviews.gateway.service.ListeningConnections;
import io.interviews.gateway.service.ReplicaNotifications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hibernate.Session;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The webhook subscriptions, held in memory so that queueing an event needs no query (most events have no
 * subscriber). Loaded at start; a change to the subscriptions is made through {@link #change}, which tells every
 * replica on the channel {@value #CHANNEL} once it commits ({@link ReplicaNotifications}), and reloads this
 * replica's copy before it returns. Another replica reloads when the notification arrives, and after every
 * reconnection of its listener (notifications sent meanwhile are lost).
 *
 * <p>The first read happens when the bean is created, by whichever comes first: the start of the listener or an
 * event. At a restart the Kafka consumers may take their partitions back, and handle events, before this
 * application's own start-up observers run.
 */
@ApplicationScoped
public class WebhookSubscribers {

    public static final String CHANNEL = "webhook_subscriptions";

    /** What queueing an event needs of a subscription. */
    public record Subscriber(UUID id, boolean https, Set<String> eventTypes) {

        static Subscriber of(WebhookSubscription subscription) {
            return new Subscriber(subscription.id, isHttps(subscription.url), Set.copyOf(subscription.eventTypes));
        }

        /** The form admits only {@code http://} and {@code https://} URLs, in lower case. */
        private static boolean isHttps(String url) {
            return url.startsWith("https://");
        }
    }

    @Inject WebhookRepository repository;
    @Inject Session session;
    @Inject ListeningConnections connections;
    /** Immutable, replaced whole by {@link #reload}: readers need no lock. */
    private volatile List<Subscriber> subscribers;
    private ReplicaNotifications notifications;

    /** The subscribers to {@code eventType}, as this replica last read them. */
    public List<Subscriber> of(String eventType) {
        return subscribers.stream().filter(subscriber -> subscriber.eventTypes().contains(eventType)).toList();
    }

    /**
     * Runs {@code change} to the subscriptions in a transaction of its own that notifies every replica, then reloads
     * this replica's copy: an event this replica handles after the call returns is queued as the change says.
     */
    <T> T change(Callable<T> change) {
        T changed = QuarkusTransaction.requiringNew().call(() -> {
            T result = change.call();
            session.doWork(connection -> ReplicaNotifications.send(connection, CHANNEL, ""));
            return result;
        });
        reload();
        return changed;
    }

    @PostConstruct
    void load() {
        reload();
    }

    void listen(@Observes StartupEvent started) {
        notifications = ReplicaNotifications.listen(connections.named("gateway-webhook-subscriptions"), CHANNEL,
                payload -> reload(), this::reload);
    }

    @PreDestroy
    void stopListening() {
        if (notifications != null) {
            notifications.close();
        }
    }

    /** One reload at a time, each reading what was committed before it began: an older read never wins. */
    private synchronized void reload() {
        subscribers = QuarkusTransaction.requiringNew().call(() ->
                repository.subscriptions().stream().map(Subscriber::of).toList());
    }
}
