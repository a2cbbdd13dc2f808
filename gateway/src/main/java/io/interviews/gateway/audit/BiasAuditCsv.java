package io.interviews.gateway.audit;

import java.util.Locale;

/**
 * The report as CSV, one row per category: {@code kind} says whether it was {@code compared}, reported apart as
 * {@code under_2_percent}, or is the {@code unknown} of those who declined; rates and ratios with four decimals,
 * empty where there is none.
 */
public final class BiasAuditCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final String HEADER = "selection,grouping,category,kind,assessed,selected,selection_rate,impact_ratio,flagged";

    private BiasAuditCsv() {
    }

    public static String of(BiasAuditReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SelectionAudit selection : report.selections()) {
            for (GroupingAudit grouping : selection.groupings()) {
                String prefix = selection.selection() + "," + grouping.grouping() + ",";
                grouping.categories().forEach(rate -> row(csv, prefix, rate, "compared"));
                grouping.underTwoPercent().forEach(rate -> row(csv, prefix, rate, "under_2_percent"));
                row(csv, prefix, grouping.unknown(), "unknown");
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String prefix, CategoryRate rate, String kind) {
        csv.append(prefix).append(rate.category()).append(',').append(kind).append(',')
                .append(rate.assessed()).append(',').append(rate.selected()).append(',')
                .append(decimal(rate.selectionRate())).append(',').append(decimal(rate.impactRatio())).append(',')
                .append(rate.flagged()).append("\r\n");
    }

    /** A rate or ratio as the CSV and the HTML page print it: four decimals, empty when there is none. */
    public static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }
}
