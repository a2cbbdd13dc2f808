package io.interviews.gateway.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A recruiter's request to re-score interviews; its interviews are {@link RescoreInterview}s. */
@Entity
@Table(name = "rescore")
public class Rescore {

    @Id
    public UUID id;

    public Instant requestedAt;

    /** The signed-in recruiter who asked. */
    public String requestedBy;

    /** How many interviews the request selected: erasing one deletes its {@link RescoreInterview}, not this count. */
    public int interviewCount;
}
