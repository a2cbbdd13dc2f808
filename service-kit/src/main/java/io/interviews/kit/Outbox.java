package io.interviews.kit;

import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records outgoing events in the caller's transaction (no dual write) and wakes the relay as soon as that
 * transaction commits, so publishing adds no polling delay.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRelay relay;
    private final AfterCommit afterCommit;

    Outbox(OutboxRelay relay, AfterCommit afterCommit) {
        this.relay = relay;
        this.afterCommit = afterCommit;
    }

    /** Queues {@code event} for {@code topic}, keyed by its interview id; must run inside a transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, InterviewEvent event) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.eventId();
        message.topic = topic;
        message.recordKey = event.interviewId().toString();
        message.eventType = event.type();
        message.payload = EventCodec.encode(event);
        message.occurredAt = event.occurredAt();
        message.persist();
        afterCommit.run(relay::wakeUp);
    }
}
