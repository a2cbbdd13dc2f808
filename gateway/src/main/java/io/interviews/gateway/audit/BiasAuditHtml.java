package io.interviews.gateway.audit;

import java.util.ArrayList;
import java.util.List;

import static io.interviews.gateway.audit.BiasAuditCsv.decimal;

/**
 * The report as one self-contained HTML page (no script, no external file, so it can be saved or mailed as is): per
 * selection and grouping an inline SVG bar chart of the compared categories' impact ratios with the four-fifths line,
 * and a table of every category. A flagged category is marked in words as well as in colour.
 */
public final class BiasAuditHtml {

    private static final int LABEL_WIDTH = 330;
    private static final int BAR_WIDTH = 260;
    private static final int ROW_HEIGHT = 24;
    private static final double FOUR_FIFTHS = 0.8;

    private BiasAuditHtml() {
    }

    public static String of(BiasAuditReport report) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Bias audit</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; max-width: 60rem; }
                table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
                th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.5rem; text-align: right; }
                th:first-child, td:first-child { text-align: left; }
                .flagged { font-weight: bold; color: #d4351c; }
                </style>
                </head>
                <body>
                <h1>Bias audit</h1>
                """);
        html.append("<p>Generated at ").append(report.generatedAt()).append(". Selection rate: selected over ")
                .append("assessed. Impact ratio: a category's selection rate over the highest rate among the ")
                .append("compared categories of its grouping; below 0.8 (four-fifths) is flagged. Categories with ")
                .append("under 2&nbsp;% of the sample are reported apart and not compared; \"unknown\" counts the ")
                .append("candidates who declined to say.</p>\n");
        for (SelectionAudit selection : report.selections()) {
            selection(html, selection);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void selection(StringBuilder html, SelectionAudit selection) {
        html.append("<section id=\"").append(selection.selection()).append("\">\n<h2>")
                .append(title(selection.selection())).append("</h2>\n<p>")
                .append(selection.assessed()).append(" assessed, ").append(selection.selected())
                .append(" selected.</p>\n");
        List<String> flagged = new ArrayList<>();
        selection.groupings().forEach(grouping -> grouping.categories().stream().filter(CategoryRate::flagged)
                .forEach(rate -> flagged.add(rate.category() + " (" + decimal(rate.impactRatio()) + ")")));
        html.append("<p class=\"").append(flagged.isEmpty() ? "" : "flagged").append("\">Flagged: ")
                .append(flagged.isEmpty() ? "none" : escape(String.join(", ", flagged))).append("</p>\n");
        for (GroupingAudit grouping : selection.groupings()) {
            html.append("<h3>").append(title(grouping.grouping())).append("</h3>\n");
            chart(html, selection.selection(), grouping);
            table(html, grouping);
        }
        html.append("</section>\n");
    }

    private static void chart(StringBuilder html, Selection selection, GroupingAudit grouping) {
        List<CategoryRate> bars = grouping.categories().stream().filter(rate -> rate.impactRatio() != null).toList();
        if (bars.isEmpty()) {
            html.append("<p>No impact ratios: no compared category had anyone selected.</p>\n");
            return;
        }
        int width = LABEL_WIDTH + BAR_WIDTH + 110;
        int height = ROW_HEIGHT * bars.size() + 20;
        int fourFifthsX = LABEL_WIDTH + (int) Math.round(FOUR_FIFTHS * BAR_WIDTH);
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-labelledby=\"chart-").append(selection).append('-')
                .append(grouping.grouping()).append("\">\n<title id=\"chart-").append(selection).append('-')
                .append(grouping.grouping()).append("\">Impact ratios by ").append(title(grouping.grouping()))
                .append(", line at 0.8</title>\n");
        for (int i = 0; i < bars.size(); i++) {
            CategoryRate rate = bars.get(i);
            int y = i * ROW_HEIGHT;
            int barLength = (int) Math.round(Math.min(rate.impactRatio(), 1) * BAR_WIDTH);
            html.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(escape(rate.category()))
                    .append("</text>\n<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(barLength).append("\" height=\"").append(ROW_HEIGHT - 8)
                    .append("\" fill=\"").append(rate.flagged() ? "#d4351c" : "#1d70b8").append("\"/>\n")
                    .append("<text x=\"").append(LABEL_WIDTH + barLength + 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"12\">").append(decimal(rate.impactRatio()))
                    .append(rate.flagged() ? " flagged" : "").append("</text>\n");
        }
        html.append("<line x1=\"").append(fourFifthsX).append("\" y1=\"0\" x2=\"").append(fourFifthsX)
                .append("\" y2=\"").append(height - 16).append("\" stroke=\"#0b0c0c\" stroke-dasharray=\"4 3\"/>\n")
                .append("<text x=\"").append(fourFifthsX).append("\" y=\"").append(height - 4)
                .append("\" text-anchor=\"middle\" font-size=\"11\">0.8</text>\n</svg>\n");
    }

    private static void table(StringBuilder html, GroupingAudit grouping) {
        html.append("<table>\n<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Compared</th>")
                .append("<th scope=\"col\">Assessed</th><th scope=\"col\">Selected</th>")
                .append("<th scope=\"col\">Selection rate</th><th scope=\"col\">Impact ratio</th>")
                .append("<th scope=\"col\">Flagged</th></tr></thead>\n<tbody>\n");
        grouping.categories().forEach(rate -> row(html, rate, "yes"));
        grouping.underTwoPercent().forEach(rate -> row(html, rate, "no: under 2 %"));
        row(html, grouping.unknown(), "no: declined to say");
        html.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder html, CategoryRate rate, String compared) {
        html.append("<tr").append(rate.flagged() ? " class=\"flagged\"" : "").append("><td>")
                .append(escape(rate.category())).append("</td><td>").append(compared).append("</td><td>")
                .append(rate.assessed()).append("</td><td>").append(rate.selected()).append("</td><td>")
                .append(decimal(rate.selectionRate())).append("</td><td>").append(decimal(rate.impactRatio()))
                .append("</td><td>").append(rate.flagged() ? "flagged: below 0.8" : "").append("</td></tr>\n");
    }

    private static String title(Selection selection) {
        return switch (selection) {
            case EARNS_AN_OFFER -> "Earns an offer";
            case FINAL_APPROVAL -> "Final approval (a recruiter approved the offer)";
        };
    }

    private static String title(Grouping grouping) {
        return switch (grouping) {
            case SEX -> "Sex";
            case RACE_ETHNICITY -> "Race/ethnicity";
            case AGE_BAND -> "Age band";
            case SEX_AND_RACE_ETHNICITY -> "Sex × race/ethnicity";
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
