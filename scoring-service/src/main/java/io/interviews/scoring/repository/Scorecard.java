package io.interviews.scoring.repository;

import io.interviews.events.Band;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The scored interview: one per interview, written with the InterviewScored event that announces it. */
@Entity
@Table(name = "scorecard")
public class Scorecard extends PanacheEntityBase {

    @Id
    @Column(name = "interview_id")
    public UUID interviewId;

    @Column(name = "candidate_name", nullable = false)
    public String candidateName;

    @Column(name = "candidate_email")
    public String candidateEmail;

    @Column(name = "position_title", nullable = false)
    public String positionTitle;

    @Column(name = "position_level")
    public String positionLevel;

    @Column(name = "position_location")
    public String positionLocation;

    /** Interview language code, {@code en} or {@code zh}. */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public double total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Band band;

    @Column(nullable = false)
    public String recommendation;

    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    @Column(name = "missing_stages", nullable = false)
    public String[] missingStages;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;

    /** Id of the InterviewScored event that announced this scorecard. */
    @Column(name = "scored_event_id", nullable = false)
    public UUID scoredEventId;

    /** The plan as scored, in order, including stages without a result. */
    @ElementCollection
    @CollectionTable(name = "scorecard_plan", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    public List<PlanEntry> plan = new ArrayList<>();

    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ScorecardStage> stages = new ArrayList<>();
}
