package io.interviews.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be published, written in the transaction that caused it. A row Kafka refused for good is
 * parked ({@code parkedAt}, {@code parkedReason}) instead of published, and its interview's later rows wait. The
 * event itself is never updated, so marking a row published does not write its payload again.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends IdentityEntity {

    @Column(updatable = false)
    public UUID eventId;

    @Column(updatable = false)
    public String topic;

    @Column(updatable = false)
    public String recordKey;

    @Column(updatable = false)
    public String eventType;

    @Column(updatable = false)
    public String payload;

    @Column(updatable = false)
    public Instant occurredAt;

    public Instant publishedAt;

    public Instant parkedAt;

    public String parkedReason;
}
