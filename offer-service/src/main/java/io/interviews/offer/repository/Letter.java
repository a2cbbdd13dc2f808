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

    /** Lowest and highest salary of the offer's percentile window: a recruiter's edit must stay inside. */
    @Column(name = "salary_window_low")
    public Long salaryWindowLow;

    @Column(name = "salary_window_high")
    public Long salaryWindowHigh;

    @Column(name = "salary_sample_size")
    public Integer salarySampleSize;

    /** JSON of the {@code OfferTerms} or {@code FeedbackTerms}, re-rendered with the date of approval. */
    @Column(columnDefinition = "text")
    public String terms;

    /** JSON of the {@code CandidateProfile} extracted from the application and the transcript. */
    @Column(name = "candidate_profile", columnDefinition = "text")
    public String candidateProfile;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_note", columnDefinition = "text")
    public String decisionNote;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "response_comment", columnDefinition = "text")
    public String responseComment;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "drafted_at", nullable = false)
    public Instant draftedAt;

    /** Id of the LetterDrafted event that announced this letter. */
    @Column(name = "drafted_event_id", nullable = false)
    public UUID draftedEventId;
}
