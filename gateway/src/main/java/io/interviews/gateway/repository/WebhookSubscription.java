package io.interviews.gateway.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An applicant-tracking system's subscription: where to send which event types, and the secret that signs them. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    public UUID id;

    public String url;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> eventTypes;

    /** The Standard Webhooks signing secret, {@code whsec_} and 32 random bytes in base64. */
    public String secret;

    public String createdBy;

    public Instant createdAt;
}
