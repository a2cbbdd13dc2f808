package io.interviews.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    public List<WebhookSubscription> subscriptions() {
        return getEntityManager().createQuery("from WebhookSubscription order by createdAt", WebhookSubscription.class)
                .getResultList();
    }

    public Optional<WebhookSubscription> subscription(UUID id) {
        return Optional.ofNullable(getEntityManager().find(WebhookSubscription.class, id));
    }

    public void persist(WebhookSubscription subscription) {
        getEntityManager().persist(subscription);
    }

    public void delete(WebhookSubscription subscription) {
        getEntityManager().remove(subscription);
    }

    /**
     * Queues a pending delivery unless its subscription is gone: a replica may learn of a deletion on another one a
     * moment late, and the event that it queues meanwhile must not fail for want of the subscription.
     */
    public void queueUnlessUnsubscribed(WebhookDelivery delivery) {
        getEntityManager().createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, interview_id, event_id, event_type,
                                                      event_time, payload, status, next_attempt_at, created_at)
                        select :id, subscription.id, :interviewId, :eventId, :eventType,
                               :eventTime, :payload, :status, :nextAttemptAt, :createdAt
                        from webhook_subscription subscription
                        where subscription.id = :subscriptionId""")
                .setParameter("id", delivery.id)
                .setParameter("interviewId", delivery.interviewId)
                .setParameter("eventId", delivery.eventId)
                .setParameter("eventType", delivery.eventType)
                .setParameter("eventTime", delivery.eventTime)
                .setParameter("payload", delivery.payload)
                .setParameter("status", delivery.status.name())
                .setParameter("nextAttemptAt", delivery.nextAttemptAt)
                .setParameter("createdAt", delivery.createdAt)
                .setParameter("subscriptionId", delivery.subscriptionId)
                .executeUpdate();
    }

    /** The subscription's deliveries, the latest first. */
    public List<WebhookDelivery> deliveries(UUID subscriptionId, int limit) {
        return find("subscriptionId = ?1 order by sequence desc", subscriptionId).page(0, limit).list();
    }

    public Optional<WebhookDelivery> delivery(UUID subscriptionId, UUID deliveryId) {
        return findByIdOptional(deliveryId).filter(delivery -> delivery.subscriptionId.equals(subscriptionId));
    }

    /** Deletes the deliveries settled (delivered or given up) before {@code cutoff}; pending ones stay. */
    public long deleteSettledBefore(Instant cutoff) {
        return delete("status <> ?1 and lastAttemptAt < ?2", WebhookDelivery.Status.PENDING, cutoff);
    }

    /**
     * Claims up to {@code limit} deliveries that are due and first in their queue (no earlier pending delivery of the
     * same subscription and interview) by moving their next attempt to {@code leaseUntil}: until then no gateway
     * replica claims them again, nor any later delivery of their queue, so each queue stays in order.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(Instant now, Instant leaseUntil, int limit) {
        return getEntityManager().createNativeQuery("""
                        update webhook_delivery set next_attempt_at = :leaseUntil
                        where id in (
                            select due.id from webhook_delivery due
                            where due.status = 'PENDING' and due.next_attempt_at <= :now
                              and not exists (
                                  select 1 from webhook_delivery earlier
                                  where earlier.subscription_id = due.subscription_id
                                    and earlier.interview_id = due.interview_id
                                    and earlier.status = 'PENDING' and earlier.sequence < due.sequence)
                            order by due.sequence
                            limit :limit
                            for update skip locked)
                        returning id""", UUID.class)
                .setParameter("now", now)
                .setParameter("leaseUntil", leaseUntil)
                .setParameter("limit", limit)
                .getResultList();
    }
}
