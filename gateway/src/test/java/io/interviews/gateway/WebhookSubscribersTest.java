package io.interviews.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.gateway.service.ReplicaNotifications;
import io.interviews.gateway.webhook.WebhookSubscribers;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.otherReplicasDatabase;
import static io.interviews.gateway.TestInterviews.awaitHandled;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.recruiter;
import static io.interviews.gateway.TestInterviews.register;
import static io.interviews.gateway.TestInterviews.unsubscribeAllWebhooks;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook subscriptions each gateway replica holds in memory. A change made on this replica is used at once. One
 * committed by another replica (played by the test: its statements on a connection of its own, and its notification)
 * is used once the notification arrives: the subscriptions are not read again for every event. And an event handled
 * before this replica hears of another replica's deletion is still queued for the remaining subscribers.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(ServiceStubs.class)
class WebhookSubscribersTest {

    private static final String WEBHOOKS = "/api/recruiter/webhooks";

    WireMockServer receiver;

    @Inject
    WebhookSubscribers subscribers;

    @Inject
    ReaderBeforeTheStartUpObservers earlyReader;

    /**
     * Reads the subscriptions at start-up before any other observer, as an event does that a Kafka consumer handles
     * when it takes its partitions back at a restart before the application's own start-up observers have run.
     */
    @ApplicationScoped
    static class ReaderBeforeTheStartUpObservers {

        private volatile List<WebhookSubscribers.Subscriber> read;

        List<WebhookSubscribers.Subscriber> read() {
            return read;
        }

        void readFirst(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent started,
                       WebhookSubscribers subscribers) {
            read = subscribers.of(StageCompleted.TYPE);
        }
    }

    @AfterEach
    void unsubscribeAll() {
        unsubscribeAllWebhooks();
    }

    @Test
    void anEventHandledBeforeTheStartUpObserversRunSeesTheSubscriptions() {
        assertNotNull(earlyReader.read(), "read at start-up (an exception there would have stopped the application)");
    }

    @Test
    void aSubscriptionMadeOrEndedOnThisReplicaCountsAsSoonAsTheAnswerIsBack() {
        UUID subscription = subscribe(receiverUrl());
        assertTrue(subscribed(subscription), "an event handled after the answer is queued for it");

        recruiter().delete(WEBHOOKS + "/{id}", subscription).then().statusCode(204);
        assertFalse(subscribed(subscription), "an event handled after the answer is not queued for it");
    }

    @Test
    void aSubscriptionAnotherReplicaMadeCountsOnceItsNotificationArrivesNotByReadingForEveryEvent() throws Exception {
        String url = receiverUrl();
        Registration interview = register();
        UUID subscription = UUID.randomUUID();
        try (Connection otherReplica = otherReplicasDatabase().getConnection()) {
            insertSubscription(otherReplica, subscription, url);

            StageCompleted tech = StageEvents.completed(StageEvents.intake(interview.id()), "tech", 80);
            awaitHandled(publish(Topics.STAGE_COMPLETED, tech));
            assertEquals(List.of(), queuedEventIds(otherReplica, subscription),
                    "committed but not yet announced: this replica did not query the subscriptions for the event");

            ReplicaNotifications.send(otherReplica, WebhookSubscribers.CHANNEL, "");
            await().atMost(TIMEOUT).until(() -> subscribed(subscription));
            StageCompleted hr = StageEvents.completed(tech, "hr", 70);
            publish(Topics.STAGE_COMPLETED, hr);

            await().atMost(TIMEOUT).until(() -> receiver.findAll(postRequestedFor(urlEqualTo(pathOf(url)))).stream()
                    .anyMatch(request -> hr.eventId().toString().equals(request.getHeader("ce-id"))));
            assertFalse(queuedEventIds(otherReplica, subscription).contains(tech.eventId()));
        }
    }

    @Test
    void anEventHandledBeforeThisReplicaHearsOfAnotherReplicasDeletionIsQueuedForTheOtherSubscribers()
            throws Exception {
        UUID kept = subscribe(receiverUrl());
        UUID deleted = subscribe(receiverUrl());
        Registration interview = register();
        try (Connection otherReplica = otherReplicasDatabase().getConnection()) {
            try (PreparedStatement delete = otherReplica.prepareStatement(
                    "delete from gateway.webhook_subscription where id = ?")) {
                delete.setObject(1, deleted);
                assertEquals(1, delete.executeUpdate());
            }
            assertTrue(subscribed(deleted), "not yet announced");

            StageCompleted tech = StageEvents.completed(StageEvents.intake(interview.id()), "tech", 80);
            publish(Topics.STAGE_COMPLETED, tech);

            await().atMost(TIMEOUT).until(() -> queuedEventIds(otherReplica, kept).contains(tech.eventId()));
            assertEquals(List.of(), queuedEventIds(otherReplica, deleted));

            ReplicaNotifications.send(otherReplica, WebhookSubscribers.CHANNEL, "");
            await().atMost(TIMEOUT).until(() -> !subscribed(deleted));
        }
    }

    private boolean subscribed(UUID subscription) {
        return subscribers.of(StageCompleted.TYPE).stream().anyMatch(subscriber -> subscriber.id().equals(subscription));
    }

    private static UUID subscribe(String url) {
        return UUID.fromString(recruiter().contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(StageCompleted.TYPE)))
                .post(WEBHOOKS).then().statusCode(201).extract().path("id"));
    }

    /** A fresh receiver path that answers 204. */
    private String receiverUrl() {
        String path = "/ats/" + UUID.randomUUID();
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(204)));
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    private static String pathOf(String url) {
        return url.substring(url.indexOf("/ats/"));
    }

    /** What another replica commits when a recruiter subscribes there, without its notification. */
    private static void insertSubscription(Connection otherReplica, UUID id, String url) throws SQLException {
        try (PreparedStatement insert = otherReplica.prepareStatement("""
                insert into gateway.webhook_subscription (id, url, event_types, secret, created_by, created_at)
                values (?, ?, ?::jsonb, ?, 'another replica', now())""")) {
            insert.setObject(1, id);
            insert.setString(2, url);
            insert.setString(3, "[\"" + StageCompleted.TYPE + "\"]");
            insert.setString(4, "whsec_" + Base64.getEncoder().encodeToString(new byte[32]));
            insert.executeUpdate();
        }
    }

    private static List<UUID> queuedEventIds(Connection connection, UUID subscription) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select event_id from gateway.webhook_delivery where subscription_id = ? order by sequence")) {
            query.setObject(1, subscription);
            try (ResultSet rows = query.executeQuery()) {
                List<UUID> eventIds = new ArrayList<>();
                while (rows.next()) {
                    eventIds.add(rows.getObject(1, UUID.class));
                }
                return eventIds;
            }
        }
    }
}
