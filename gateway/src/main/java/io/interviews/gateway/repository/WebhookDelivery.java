package io.interviews.gateway.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** One event for one subscription, and what became of sending it. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;

    /** The order the gateway learned the events in (the database numbers them). */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long sequence;

    public UUID subscriptionId;

    public UUID interviewId;

    public UUID eventId;

    public String eventType;

    public Instant eventTime;

    /** The request body as sent: the event's JSON, or only its operational fields to a plain-HTTP address. */
    public String payload;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    public Instant nextAttemptAt;

    public Instant firstAttemptAt;

    public Instant lastAttemptAt;

    public Integer lastStatusCode;

    public String lastError;

    public Instant deliveredAt;

    public Instant createdAt;
}
