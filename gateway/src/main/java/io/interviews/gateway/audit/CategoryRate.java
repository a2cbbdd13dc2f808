package io.interviews.gateway.audit;

/**
 * One category's result: how many were assessed and selected, the selection rate (null if nobody was assessed), the
 * impact ratio (its rate over the highest rate of the grouping's compared categories; null for a category not
 * compared, or when nobody in them was selected) and whether the ratio is below four-fifths.
 */
public record CategoryRate(String category, int assessed, int selected, Double selectionRate, Double impactRatio,
                           boolean flagged) {
}
