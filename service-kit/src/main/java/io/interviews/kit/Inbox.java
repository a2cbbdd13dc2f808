package io.interviews.kit;

import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Idempotent consumption: the first delivery of an event id to a consumer is recorded with its effects. */
@ApplicationScoped
public class Inbox {

    @Inject EntityManager entityManager;
    @Inject Erasures erasures;
    @Inject MeterRegistry meters;

    /**
     * True the first time {@code consumer} sees {@code event}; false for a redelivery, and for any event of an
     * interview this service erased ({@link Erasures}) but the erasure itself. Runs in the caller's transaction, so
     * a rolled-back handling leaves the event unrecorded and it is handled again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(InterviewEvent event, String consumer) {
        // one statement on the common path: the entry is written unless the interview was erased
        int inserted = entityManager.createNativeQuery("""
                        insert into inbox_message (event_id, consumer)
                        select :eventId, :consumer
                        where :erasure or not exists (select 1 from erased_interview where interview_id = :interviewId)
                        on conflict do nothing""")
                .setParameter("eventId", event.eventId())
                .setParameter("consumer", consumer)
                .setParameter("erasure", event instanceof InterviewErased)
                .setParameter("interviewId", event.interviewId())
                .executeUpdate();
        boolean first = inserted == 1;
        meters.counter("interview.events.consumed", "consumer", consumer, "type", event.type(),
                "delivery", first ? "first" : delivery(event)).increment();
        return first;
    }

    private String delivery(InterviewEvent event) {
        boolean erased = !(event instanceof InterviewErased) && erasures.find(event.interviewId()).isPresent();
        return erased ? "erased" : "duplicate";
    }
}
