package io.interviews.offer.repository;

import io.interviews.events.Band;
import io.interviews.events.LetterKind;
import io.interviews.offer.service.LetterTerms;
import io.interviews.offer.service.profile.CandidateProfile;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The letter of an interview (one per interview). It waits in DRAFTED for a recruiter: approved it is SENT (and an
 * offer then ACCEPTED or DECLINED by the candidate), rejected it is REJECTED.
 */
@Entity
@Table(name = "letter")
public class Letter extends PanacheEntityBase {

    public enum Status {
        DRAFTED,
        SENT,
        ACCEPTED,
        DECLINED,
        REJECTED
    }

    @Id
    public UUID interviewId;

    @Enumerated(EnumType.STRING)
    public LetterKind kind;

    /** Letter language code, {@code en} or {@code zh}. */
    public String language;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String markdown;

    public double total;

    @Enumerated(EnumType.STRING)
    public Band band;

    /** Carried over from the scorecard: the recruiter must look closely before approving. */
    public boolean needsReview;

    public LocalDate letterDate;

    public LocalDate startDate;

    public LocalDate replyBy;

    @Embedded
    public LetterSalary salary;

    /** The terms the letter was rendered from, rendered again with the date of approval. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public LetterTerms terms;

    /** Extracted from the application and the transcript when the letter was drafted. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public CandidateProfile candidateProfile;

    @Embedded
    public LetterDecision decision;

    @Embedded
    public LetterResponse response;

    public Instant draftedAt;

    /** Id of the LetterDrafted event that announced this letter. */
    public UUID draftedEventId;
}
