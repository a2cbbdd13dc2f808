package io.interviews.gateway.audit;

import java.util.List;

/**
 * A grouping's categories: those compared (each with its impact ratio), those with under 2 % of the sample (reported
 * apart, neither compared nor flagged) and the candidates who declined to say ({@code unknown}, counted only).
 */
public record GroupingAudit(Grouping grouping, List<CategoryRate> categories, List<CategoryRate> underTwoPercent,
                            CategoryRate unknown) {
}
