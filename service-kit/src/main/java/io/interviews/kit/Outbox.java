package io.interviews.kit;

import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;

/**
 * Records outgoing events in the caller's transaction (no dual write) and wakes the relay as soon as that
 * transaction commits, so publishing adds no polling delay. An event over the size budget is refused here, in the
 * producer's transaction, rather than by Kafka at publish time.
 */
@ApplicationScoped
public class Outbox {

    @Inject OutboxRelay relay;
    @Inject AfterCommit afterCommit;
    @Inject OutboxConfig config;
    @Inject DataKeys dataKeys;

    /**
     * Queues {@code event} for {@code topic}, keyed by its interview id, its personal fields sealed with the
     * interview's data key ({@link DataKeys}); must run inside a transaction.
     *
     * @throws EventTooLargeException if the encoded event exceeds {@code interview.outbox.max-event-size}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, InterviewEvent event) {
        String payload = dataKeys.forSealing(event.interviewId())
                .map(key -> EventCodec.encode(event, key))
                .orElseGet(() -> EventCodec.encode(event));
        long size = payload.getBytes(StandardCharsets.UTF_8).length;
        long budget = config.maxEventSize().asLongValue();
        if (size > budget) {
            throw new EventTooLargeException(event, size, budget);
        }
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.eventId();
        message.topic = topic;
        message.recordKey = event.interviewId().toString();
        message.eventType = event.type();
        message.payload = payload;
        message.occurredAt = event.occurredAt();
        message.persist();
        afterCommit.run(relay::wakeUp);
    }
}
