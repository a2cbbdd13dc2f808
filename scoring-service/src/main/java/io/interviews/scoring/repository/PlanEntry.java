package io.interviews.scoring.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stage of the plan a scorecard was computed against, with its weight. */
@Embeddable
public class PlanEntry {

    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public double weight;

    protected PlanEntry() {
    }

    public PlanEntry(String stage, double weight) {
        this.stage = stage;
        this.weight = weight;
    }
}
