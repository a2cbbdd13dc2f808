package io.interviews.offer.repository;

import io.interviews.events.Band;
import io.interviews.events.LetterKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The letter drafted for an interview (one per interview); it waits in DRAFTED for a recruiter. */
@Entity
@Table(name = "letter")
public class Letter extends PanacheEntityBase {

    public enum Status {
        DRAFTED
    }

    @Id
    @Column(name = "interview_id")
    public UUID interviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LetterKind kind;

    /** Letter language code, {@code en} or {@code zh}. */
    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false, columnDefinition = "text")
    public String markdown;

    @Column(nullable = false)
    public double total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Band band;

    /** Carried over from the scorecard: the recruiter must look closely before approving. */
    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    @Column(name = "letter_date", nullable = false)
    public LocalDate letterDate;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "reply_by")
    public LocalDate replyBy;

    @Column(name = "salary_amount")
    public Long salaryAmount;

    @Column(name = "salary_currency")
    public String salaryCurrency;

    @Column(name = "salary_percentile")
    public Double salaryPercentile;

    /** e.g. "P60–P75". */
    @Column(name = "salary_window")
    public String salaryWindow;

    /** The benchmark row's role, location and level. */
    @Column(name = "salary_benchmark")
    public String salaryBenchmark;

    @Column(name = "salary_source")
    public String salarySource;

    @Column(name = "salary_as_of")
    public LocalDate salaryAsOf;

    @Column(name = "salary_method", columnDefinition = "text")
    public String salaryMethod;

    @Column(name = "drafted_at", nullable = false)
    public Instant draftedAt;

    /** Id of the LetterDrafted event that announced this letter. */
    @Column(name = "drafted_event_id", nullable = false)
    public UUID draftedEventId;
}
