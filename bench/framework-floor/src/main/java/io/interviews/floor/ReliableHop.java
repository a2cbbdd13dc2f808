package io.interviews.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.UUID;

/**
 * One hop under the system's reliability rules, with nothing else of the services: in one transaction the record's
 * inbox entry (a redelivered record changes nothing), the state row and the outbox row; once it commits, the relay
 * publishes the row. The least a service may do to apply each record once and lose no event.
 */
@ApplicationScoped
public class ReliableHop {

    private final Event<Committed> committed;
    private final OutboxPublisher publisher;

    ReliableHop(Event<Committed> committed, OutboxPublisher publisher) {
        this.committed = committed;
        this.publisher = publisher;
    }

    @Incoming("reliable-in")
    @Transactional
    public void relay(String payload) {
        if (InboxEntry.findById(payload) != null) {
            return;
        }
        InboxEntry entry = new InboxEntry();
        entry.recordId = payload;
        entry.persist();
        Hop hop = new Hop();
        hop.id = UUID.randomUUID();
        hop.payload = payload;
        hop.handledAt = Instant.now();
        hop.persist();
        OutboxRow row = new OutboxRow();
        row.payload = payload;
        row.persist();
        committed.fire(new Committed());
    }

    void wakeRelay(@Observes(during = TransactionPhase.AFTER_SUCCESS) Committed event) {
        publisher.wakeUp();
    }

    record Committed() {
    }
}
