package io.interviews.kit;

import io.interviews.events.InterviewErased;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An interview this service erased: when and why, nothing personal (see {@link Erasures}). Written by SQL only. */
@Entity
@Table(name = "erased_interview")
public class ErasedInterview extends PanacheEntityBase {

    @Id
    public UUID interviewId;

    public Instant erasedAt;

    @Enumerated(EnumType.STRING)
    public InterviewErased.Reason reason;
}
