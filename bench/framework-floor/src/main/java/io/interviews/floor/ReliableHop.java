package io.interviews.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.UUID;

/**
 * One hop under the system's reliability rules, with nothing else of the services: in one transaction the record's
 * inbox entry (a redelivered record changes nothing), the state row and the outbox row; once it commits, the relay
 * publishes the row. The least a service may do to apply each record once and lose no event. It serves two topics:
 * {@code floor.reliable.in} alone, and as the stage of the whole path ({@link PathResource}).
 */
@ApplicationScoped
public class ReliableHop {

    private final OutboxPublisher outbox;

    ReliableHop(OutboxPublisher outbox) {
        this.outbox = outbox;
    }

    @Incoming("reliable-in")
    @Transactional
    public void relay(String payload) {
        if (Inbox.firstDelivery(payload)) {
            record(payload);
            outbox.add("floor.reliable.out", payload);
        }
    }

    /** The stage's turn: the answer's record is {@code <record id> <interview id> <text>}; the question echoes it. */
    @Incoming("path-answers")
    @Transactional
    public void ask(String answer) {
        PathRecord record = PathRecord.parse(answer);
        if (Inbox.firstDelivery(record.recordId())) {
            record(answer);
            outbox.add("floor.path.questions", PathRecord.next(record.interviewId(), record.text()).toString());
        }
    }

    private static void record(String payload) {
        Hop hop = new Hop();
        hop.id = UUID.randomUUID();
        hop.payload = payload;
        hop.handledAt = Instant.now();
        hop.persist();
    }
}
