package io.interviews.gateway.repository;

import io.interviews.gateway.audit.AgeBand;
import io.interviews.gateway.audit.RaceEthnicity;
import io.interviews.gateway.audit.Sex;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate's voluntary self-identification for the bias audit, given with their consent; a null category is an
 * answer declined. Kept in its own schema and unrelated to {@link Interview} in the mapping, so nothing that loads
 * or shows an interview can reach it; only the bias-audit report reads it, in aggregate.
 */
@Entity
@Table(schema = "audit", name = "self_identification")
public class SelfIdentification {

    @Id
    public UUID interviewId;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Enumerated(EnumType.STRING)
    public RaceEthnicity raceEthnicity;

    @Enumerated(EnumType.STRING)
    public AgeBand ageBand;

    public Instant consentedAt;
}
