package io.interviews.kit;

import io.interviews.events.InterviewEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Idempotent consumption: the first delivery of an event id to a consumer is recorded with its effects. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final MeterRegistry meters;

    Inbox(EntityManager entityManager, MeterRegistry meters) {
        this.entityManager = entityManager;
        this.meters = meters;
    }

    /**
     * True the first time {@code consumer} sees {@code event}; false for a redelivery. Runs in the caller's
     * transaction, so a rolled-back handling leaves the event unrecorded and it is handled again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(InterviewEvent event, String consumer) {
        int inserted = entityManager.createNativeQuery(
                        "insert into inbox_message (event_id, consumer) values (:eventId, :consumer) on conflict do nothing")
                .setParameter("eventId", event.eventId())
                .setParameter("consumer", consumer)
                .executeUpdate();
        boolean first = inserted == 1;
        meters.counter("interview.events.consumed", "consumer", consumer, "type", event.type(),
                "delivery", first ? "first" : "duplicate").increment();
        return first;
    }
}
