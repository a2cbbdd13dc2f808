package io.interviews.gateway.audit;

import java.util.List;

/** One selection's audit: the sample's size, how many of it were selected, and the rates per grouping. */
public record SelectionAudit(Selection selection, int assessed, int selected, List<GroupingAudit> groupings) {
}
