package io.interviews.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interviews.bench.BenchResult.ProcessCost;
import io.interviews.bench.Samples.Summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A bench run as text (the console), as {@code result.json}, and as a self-contained HTML chart ({@code chart.html}). */
final class BenchReport {

    private static final String[] COLOURS = {"#1b6ac9", "#d4351c", "#00703c", "#912b88", "#f47738", "#505a5f", "#28a197"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final int MARGIN = 50;

    private BenchReport() {
    }

    static String text(BenchResult result) {
        StringBuilder out = new StringBuilder();
        line(out, "Bench %s: %d candidates, %d interviews on %s", result.startedAt(), result.candidates(),
                result.interviewsPlanned(), result.target());
        line(out, "machine: %s", result.machine());
        if (result.stackReadySeconds() != null) {
            line(out, "stack ready after %.1f s", result.stackReadySeconds());
        }
        line(out, "interviews: %d completed, %d lost; %d answers in %.1f s = %.1f answers/s", result.interviewsCompleted(),
                result.interviewsLost(), result.answers(), result.loadSeconds(), result.answersPerSecond());
        result.failures().forEach(failure -> line(out, "  lost %s", failure));
        line(out, "%-72s %6s %9s %9s %9s %9s", "latency (ms)", "count", "p50", "p90", "p99", "max");
        result.latencies().forEach((name, summary) -> summaryLine(out, name, summary));
        if (result.floor() != null) {
            summaryLine(out, "floor: Kafka produce → consume (acks=all, idempotent)", result.floor().kafkaRoundTrip());
            summaryLine(out, "floor: PostgreSQL durable commit", result.floor().postgresCommit());
            line(out, "floor of answer → next question (two hops, p50s): %.2f ms; answer → next question p50 is %.1f × that",
                    result.floor().twoHopsMillis(), result.floor().answerToNextQuestionP50OverFloor());
            if (result.floor().platformOverheadMillis() != null) {
                line(out, "platform overhead (answer → next question p50 less the brains' CPU per answer): %.2f ms = %.1f × the floor",
                        result.floor().platformOverheadMillis(), result.floor().platformOverheadOverFloor());
            }
        } else {
            line(out, "floor not measured (needs --bootstrap-servers and --jdbc-url)");
        }
        if (!result.processes().isEmpty()) {
            line(out, "%-20s %12s %14s %14s %18s %10s %10s %10s %10s", "process", "CPU ms", "CPU ms/answer",
                    "idle CPU ms/s", "above idle ms/ans", "RSS MB", "anon MB", "GC pauses", "GC ms");
            for (ProcessCost cost : result.processes()) {
                line(out, "%-20s %12.0f %14.2f %14.1f %18.2f %10.0f %10.0f %10s %10s", cost.name(), cost.cpuMillis(),
                        cost.cpuMillisPerAnswer(), cost.idleCpuMillisPerSecond(), cost.cpuMillisPerAnswerAboveIdle(),
                        cost.rssMegabytes(), cost.anonymousMegabytes(),
                        cost.gcPauses() == null ? "-" : cost.gcPauses().toString(),
                        cost.gcPauseMillis() == null ? "-" : String.format(Locale.ROOT, "%.0f", cost.gcPauseMillis()));
            }
            line(out, "server CPU per answer, all processes: %.2f ms (%.2f ms above their cost at rest)",
                    result.cpuMillisPerAnswer(), result.cpuMillisPerAnswerAboveIdle());
            if (result.brainCpuMillisPerAnswer() != null) {
                double brain = result.brainCpuMillisPerAnswer();
                line(out, "of which the stages' brains (asking and rating): %.2f ms; the rest of the platform: %.2f ms"
                        + " (%.2f ms above its cost at rest)", brain, result.cpuMillisPerAnswer() - brain,
                        result.cpuMillisPerAnswerAboveIdle() - brain);
            }
        }
        TopicAudit audit = result.audit();
        if (audit != null) {
            line(out, "topics: %d answer events, %d stage-completed events; duplicated: %d answers, %d stage completions;"
                            + " missing: %d answers, %d stage completions; %d dead letters", audit.answerEvents(),
                    audit.stageCompletedEvents(), audit.duplicatedAnswers(), audit.duplicatedStageCompletions(),
                    audit.missingAnswers(), audit.missingStageCompletions(), audit.deadLetters());
            audit.violations().stream().limit(20).forEach(violation -> line(out, "  %s", violation));
        }
        ModelPrompts prompts = result.modelPrompts();
        if (prompts != null) {
            modelPrompts(out, prompts);
        }
        line(out, result.passed() ? "PASSED: no interview lost, nothing duplicated" + (prompts == null ? ""
                : ", the model's prompts bounded") : "FAILED");
        return out.toString();
    }

    /** Writes {@code result.json} and {@code chart.html} into {@code dir}. */
    static void write(BenchResult result, Path dir) {
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("result.json").toFile(), result);
            Files.writeString(dir.resolve("chart.html"), html(result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench result to " + dir, e);
        }
    }

    /** The cumulative distribution of every series on a logarithmic time axis, and the percentiles as a table. */
    static String html(BenchResult result) {
        Map<String, List<Double>> series = result.distributions();
        double smallest = series.values().stream().flatMap(List::stream).filter(ms -> ms > 0).min(Double::compare).orElse(0.1);
        double largest = series.values().stream().flatMap(List::stream).max(Double::compare).orElse(1.0);
        double fromDecade = Math.floor(Math.log10(smallest));
        double toDecade = Math.max(fromDecade + 1, Math.ceil(Math.log10(largest)));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' role='img'"
                + " aria-label='cumulative latency distributions'>", WIDTH, HEIGHT + 30 * series.size()));
        for (double decade = fromDecade; decade <= toDecade; decade++) {
            double x = x(Math.pow(10, decade), fromDecade, toDecade);
            svg.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#ccc'/>"
                    + "<text x='%.1f' y='%d' font-size='12' text-anchor='middle'>%s ms</text>", x, MARGIN, x,
                    HEIGHT - MARGIN, x, HEIGHT - MARGIN + 16, trim(Math.pow(10, decade))));
        }
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent / 100.0);
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#eee'/>"
                    + "<text x='%d' y='%.1f' font-size='12' text-anchor='end'>%d %%</text>", MARGIN, y, WIDTH - MARGIN,
                    y, MARGIN - 4, y + 4, percent));
        }
        int index = 0;
        for (Map.Entry<String, List<Double>> entry : series.entrySet()) {
            String colour = COLOURS[index % COLOURS.length];
            List<Double> sorted = entry.getValue();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < sorted.size(); i++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ",
                        x(Math.max(sorted.get(i), Math.pow(10, fromDecade)), fromDecade, toDecade),
                        y((i + 1) / (double) sorted.size())));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill='none' stroke='%s' stroke-width='2' points='%s'/>",
                    colour, points));
            int legendY = HEIGHT + 30 * index;
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='18' height='4' fill='%s'/>"
                    + "<text x='%d' y='%d' font-size='13'>%s (%d)</text>", MARGIN, legendY, colour, MARGIN + 26,
                    legendY + 6, escape(entry.getKey()), sorted.size()));
            index++;
        }
        svg.append("</svg>");

        StringBuilder table = new StringBuilder("<table><tr><th>latency</th><th>count</th><th>p50 ms</th><th>p90 ms</th>"
                + "<th>p99 ms</th><th>max ms</th><th>p50 · p90 · p99 (bar length on a log scale)</th></tr>");
        series.forEach((name, sorted) -> {
            Summary summary = Summary.of(sorted);
            table.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.2f</td><td>%.2f</td><td>%.2f</td>"
                            + "<td>%.2f</td><td>%s%s%s</td></tr>", escape(name), summary.count(), summary.p50(),
                    summary.p90(), summary.p99(), summary.max(), bar(summary.p50(), fromDecade, toDecade, "#1b6ac9"),
                    bar(summary.p90(), fromDecade, toDecade, "#f47738"), bar(summary.p99(), fromDecade, toDecade, "#d4351c")));
        });
        table.append("</table>");
        return "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Bench " + escape(result.startedAt())
                + "</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:right}td:first-child{text-align:left}pre{white-space:pre-wrap}"
                + "</style></head><body><h1>Bench " + escape(result.startedAt()) + "</h1><pre>" + escape(text(result))
                + "</pre><h2>Cumulative distributions</h2>" + svg + "<h2>Percentiles</h2>" + table
                + (result.modelPrompts() == null ? "" : "<h2>Prompt tokens per turn</h2>" + promptChart(result.modelPrompts()))
                + "</body></html>";
    }

    /** The mean prompt tokens of each turn of the interview, a bar a turn, stacked by task. */
    static String promptChart(ModelPrompts prompts) {
        List<ModelPrompts.TurnPrompts> turns = prompts.turns();
        double largest = turns.stream().mapToDouble(ModelPrompts.TurnPrompts::total).max().orElse(1);
        double step = Math.pow(10, Math.floor(Math.log10(largest)));
        double top = Math.ceil(largest / step) * step;
        double slot = (WIDTH - 2.0 * MARGIN) / Math.max(1, turns.size());
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' "
                + "width='%d' height='%d' role='img' aria-label='prompt tokens per turn'>", WIDTH, HEIGHT + 30));
        for (double tokens = 0; tokens <= top; tokens += step) {
            double y = y(tokens / top);
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#eee'/>"
                    + "<text x='%d' y='%.1f' font-size='12' text-anchor='end'>%.0f</text>", MARGIN, y, WIDTH - MARGIN, y,
                    MARGIN - 4, y + 4, tokens));
        }
        String[] tasks = {"notes", "question", "grading"};
        for (int index = 0; index < turns.size(); index++) {
            ModelPrompts.TurnPrompts turn = turns.get(index);
            double[] tokens = {turn.notes(), turn.question(), turn.grading()};
            double x = MARGIN + index * slot;
            double base = 0;
            for (int task = 0; task < tasks.length; task++) {
                svg.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'>"
                                + "<title>turn %d, %s: %.1f tokens</title></rect>", x + 1, y((base + tokens[task]) / top),
                        slot - 2, y(base / top) - y((base + tokens[task]) / top), COLOURS[task], turn.turn(), tasks[task],
                        tokens[task]));
                base += tokens[task];
            }
            if (turn.turn() % 5 == 0 || index == 0) {
                svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='12' text-anchor='middle'>%d</text>",
                        x + slot / 2, HEIGHT - MARGIN + 16, turn.turn()));
            }
        }
        for (int task = 0; task < tasks.length; task++) {
            int legendX = MARGIN + 140 * task;
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='18' height='10' fill='%s'/>"
                    + "<text x='%d' y='%d' font-size='13'>%s</text>", legendX, HEIGHT, COLOURS[task], legendX + 24,
                    HEIGHT + 10, tasks[task]));
        }
        return svg.append("</svg>").toString();
    }

    private static String bar(double millis, double fromDecade, double toDecade, String colour) {
        double width = Math.max(1, (Math.log10(Math.max(millis, Math.pow(10, fromDecade))) - fromDecade)
                / (toDecade - fromDecade) * 300);
        return String.format(Locale.ROOT, "<div style='height:5px;width:%.0fpx;background:%s;margin:1px 0'></div>",
                width, colour);
    }

    private static double x(double millis, double fromDecade, double toDecade) {
        return MARGIN + (Math.log10(millis) - fromDecade) / (toDecade - fromDecade) * (WIDTH - 2 * MARGIN);
    }

    private static double y(double fraction) {
        return HEIGHT - MARGIN - fraction * (HEIGHT - 2 * MARGIN);
    }

    private static String trim(double millis) {
        return millis >= 1 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%s", millis);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }

    private static void modelPrompts(StringBuilder out, ModelPrompts prompts) {
        line(out, "the openai brain against the simulated model: prompt tokens per interview, by turn (%d interviews; "
                + "calls: %s)", prompts.interviews(), prompts.callsByOutcome());
        line(out, "%6s %10s %10s %10s %10s %10s", "turn", "interviews", "notes", "question", "grading", "in all");
        prompts.turns().forEach(turn -> line(out, "%6d %10d %10.1f %10.1f %10.1f %10.1f", turn.turn(), turn.interviews(),
                turn.notes(), turn.question(), turn.grading(), turn.total()));
        Double notes = prompts.notesLateOverEarly();
        Double all = prompts.lateOverEarly();
        line(out, "%s", notes == null ? "no interview reached turn " + ModelPrompts.LATE_TURN
                : "turn %d / turn %d, prompt tokens: the notes update %.2f (bound %.1f); all calls %.2f"
                .formatted(ModelPrompts.LATE_TURN, ModelPrompts.EARLY_TURN, notes, ModelPrompts.BOUND, all));
    }

    private static void summaryLine(StringBuilder out, String name, Summary summary) {
        line(out, "%-72s %6d %9.2f %9.2f %9.2f %9.2f", name, summary.count(), summary.p50(), summary.p90(), summary.p99(),
                summary.max());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
