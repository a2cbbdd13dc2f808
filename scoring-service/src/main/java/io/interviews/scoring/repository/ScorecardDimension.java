package io.interviews.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A rubric dimension's 1–5 rating with the verbatim evidence it cites. */
@Entity
@Table(name = "scorecard_dimension")
public class ScorecardDimension extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "stage_id")
    public ScorecardStage stage;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String dimension;

    @Column(nullable = false)
    public int rating;

    @Column(nullable = false)
    public double weight;

    @Column(nullable = false)
    public String[] evidence;

    @Column(columnDefinition = "text")
    public String rationale;

    /** False when the cited evidence was not found in the transcript. */
    @Column(nullable = false)
    public boolean trusted;

    /** What rated it: {@code rubric}, {@code openai}, or {@code openai+rubric}. */
    @Column(nullable = false)
    public String brain;
}
