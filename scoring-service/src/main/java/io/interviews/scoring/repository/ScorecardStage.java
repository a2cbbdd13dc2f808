package io.interviews.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One planned stage on a scorecard: its plan weight, its 0–100 score, the ratings behind it and its transcript. */
@Entity
@Table(name = "scorecard_stage")
public class ScorecardStage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "interview_id")
    public Scorecard scorecard;

    /** Order of the stage in the plan. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public double weight;

    @Column(nullable = false)
    public double score;

    @Column(name = "rubric_version")
    public String rubricVersion;

    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    /** Why a person must review the stage; empty when {@link #needsReview} is false. */
    @Column(name = "review_reasons", nullable = false)
    public String[] reviewReasons;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ScorecardDimension> dimensions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "scorecard_exchange", joinColumns = @JoinColumn(name = "stage_id"))
    @OrderColumn(name = "position")
    public List<RecordedExchange> transcript = new ArrayList<>();
}
