package io.interviews.documents;

import io.interviews.events.DimensionRating;
import io.interviews.events.DimensionRescored;
import io.interviews.events.InterviewRescored;
import io.interviews.events.StageRescored;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far a re-score moved from the live decisions: {@code drift.csv}, one row per interview × stage × dimension (the
 * two ratings and their change, with the stage's and the interview's scores, totals and bands beside them), and
 * {@code drift.html}, a self-contained page of the same with the interviews whose band changed marked. Interviews and
 * their stages and dimensions come in the order given. The evaluation's {@code rescore} command writes both files;
 * the gateway serves them for a recruiter's re-score.
 */
public final class DriftReport {

    public static final String CSV_FILE = "drift.csv";
    public static final String HTML_FILE = "drift.html";
    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final List<String> CSV_HEADER = List.of("interview_id", "stage", "dimension", "live_rubric_version",
            "rescored_rubric_version", "live_brain", "rescored_brain", "live_rating", "rescored_rating", "rating_change",
            "live_weight", "rescored_weight", "live_stage_score", "rescored_stage_score", "stage_score_change",
            "live_total", "rescored_total", "total_change", "live_band", "rescored_band", "band_changed");

    /** One row of the report: a dimension of a stage of an interview. */
    private record Row(InterviewRescored interview, StageRescored stage, DimensionRescored dimension) {

        List<String> cells() {
            DimensionRating live = dimension.live();
            DimensionRating rescored = dimension.rescored();
            return List.of(interview.interviewId().toString(), stage.stage(), dimension.dimension(),
                    stage.liveRubricVersion(), stage.rescoredRubricVersion(), either(live, DimensionRating::brain),
                    either(rescored, DimensionRating::brain), either(live, rating -> Integer.toString(rating.rating())),
                    either(rescored, rating -> Integer.toString(rating.rating())),
                    live == null || rescored == null ? "" : String.format(Locale.ROOT, "%+d", rescored.rating() - live.rating()),
                    either(live, rating -> weight(rating.weight())), either(rescored, rating -> weight(rating.weight())),
                    number(stage.liveScore()), number(stage.rescoredScore()),
                    signed(stage.rescoredScore() - stage.liveScore()), number(interview.liveTotal()),
                    number(interview.rescoredTotal()), signed(interview.rescoredTotal() - interview.liveTotal()),
                    interview.liveBand().name(), interview.rescoredBand().name(),
                    Boolean.toString(interview.bandChanged()));
        }

        private static String either(DimensionRating rating, Function<DimensionRating, String> value) {
            return rating == null ? "" : value.apply(rating);
        }
    }

    private DriftReport() {
    }

    /** Writes both files into {@code directory} (created if missing) and returns their paths. */
    public static List<Path> write(List<InterviewRescored> rescored, Path directory) {
        try {
            Files.createDirectories(directory);
            Path csv = directory.resolve(CSV_FILE);
            Path html = directory.resolve(HTML_FILE);
            Files.writeString(csv, csv(rescored), StandardCharsets.UTF_8);
            Files.writeString(html, html(rescored), StandardCharsets.UTF_8);
            return List.of(csv, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the drift report into " + directory, e);
        }
    }

    /** The CSV: a header line, then one line per interview, stage and dimension. */
    public static String csv(List<InterviewRescored> rescored) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append('\n');
        rows(rescored).forEach(row -> out.append(row.cells().stream().map(DriftReport::csvCell)
                .collect(Collectors.joining(","))).append('\n'));
        return out.toString();
    }

    /** The page: a summary, a table of the interviews and one of the dimensions. */
    public static String html(List<InterviewRescored> rescored) {
        long bandChanges = rescored.stream().filter(InterviewRescored::bandChanged).count();
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Re-scoring drift</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2rem; }
                table { border-collapse: collapse; margin-bottom: 2rem; }
                th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; }
                td.number { text-align: right; }
                tr.band-changed { background: #fde8c8; font-weight: bold; }
                </style>
                </head>
                <body>
                <h1>Re-scoring drift</h1>
                """);
        out.append("<p>").append(rescored.size()).append(" interviews re-scored; the band changed for ")
                .append(bandChanges).append(". The live decisions are unchanged.</p>\n");
        out.append("<h2>Interviews</h2>\n<table>\n<thead><tr><th scope=\"col\">interview</th><th scope=\"col\">brain</th>"
                + "<th scope=\"col\">live total</th><th scope=\"col\">re-scored total</th><th scope=\"col\">change</th>"
                + "<th scope=\"col\">live band</th><th scope=\"col\">re-scored band</th><th scope=\"col\">band</th>"
                + "</tr></thead>\n<tbody>\n");
        for (InterviewRescored interview : rescored) {
            out.append(interview.bandChanged() ? "<tr class=\"band-changed\">" : "<tr>")
                    .append(cell(interview.interviewId().toString())).append(cell(interview.brain()))
                    .append(numberCell(number(interview.liveTotal())))
                    .append(numberCell(number(interview.rescoredTotal())))
                    .append(numberCell(signed(interview.rescoredTotal() - interview.liveTotal())))
                    .append(cell(interview.liveBand().name())).append(cell(interview.rescoredBand().name()))
                    .append(cell(interview.bandChanged() ? "changed" : "same")).append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<h2>Dimensions</h2>\n<table>\n<thead><tr>");
        CSV_HEADER.subList(0, 15).forEach(name -> out.append("<th scope=\"col\">").append(name.replace('_', ' '))
                .append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows(rescored)) {
            out.append(row.interview().bandChanged() ? "<tr class=\"band-changed\">" : "<tr>");
            row.cells().subList(0, 15).forEach(value -> out.append(cell(value)));
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    private static List<Row> rows(List<InterviewRescored> rescored) {
        List<Row> rows = new ArrayList<>();
        for (InterviewRescored interview : rescored) {
            for (StageRescored stage : interview.stages()) {
                stage.dimensions().forEach(dimension -> rows.add(new Row(interview, stage, dimension)));
            }
        }
        return rows;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A dimension weight as written in a bank (0.25, 3), without floating-point noise. */
    private static String weight(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String signed(double change) {
        return String.format(Locale.ROOT, "%+.1f", Math.round(change * 10) / 10.0);
    }

    private static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String cell(String value) {
        return "<td>" + escape(value) + "</td>";
    }

    private static String numberCell(String value) {
        return "<td class=\"number\">" + escape(value) + "</td>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
