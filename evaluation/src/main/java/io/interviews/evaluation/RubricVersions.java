package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.StageBankLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stage's {@code rubricVersion} ({@code <stage>-<yyyy.mm>-<n>}) goes into every result, so that a score can be traced
 * to what produced it; calibration, which writes the exemplars and the answer models the rubric brain rates with,
 * moves a stage to its next version whenever what it writes for that stage changes.
 */
final class RubricVersions {

    private static final Pattern CONVENTION = Pattern.compile("(.+)-(\\d{4}\\.\\d{2})-(\\d+)");
    /** The field as the banks spell it; rewritten in place, so the rest of a hand-written bank stays as it is. */
    private static final Pattern FIELD = Pattern.compile("\"rubricVersion\"\\s*:\\s*\"([^\"]*)\"");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    /** A stage moved to another version: its banks now say {@code to}. */
    record Bump(String from, String to, List<Path> banks) {
    }

    private RubricVersions() {
    }

    /**
     * The version after {@code version} in {@code month}: the month's first, or the next number of the version's own
     * month when that is not earlier (a version never goes back, whatever a machine's clock says).
     */
    static String next(String version, YearMonth month) {
        Matcher parts = CONVENTION.matcher(version);
        if (!parts.matches()) {
            throw new IllegalArgumentException("rubric version '" + version
                    + "' is not <stage>-<yyyy.mm>-<n>: give it its next version by hand");
        }
        String thisMonth = month.format(MONTH);
        return parts.group(2).compareTo(thisMonth) < 0 ? parts.group(1) + "-" + thisMonth + "-1"
                : parts.group(1) + "-" + parts.group(2) + "-" + (Integer.parseInt(parts.group(3)) + 1);
    }

    /** Moves the stage whose banks are in {@code directory} to its next version, in every language's bank alike. */
    static Bump bump(Path directory, YearMonth month) {
        try {
            Set<String> versions = new LinkedHashSet<>();
            List<Path> banks = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<Matcher> fields = new ArrayList<>();
            for (Language language : Language.values()) {
                Path bank = directory.resolve(StageBankLoader.fileName(language));
                String text = Files.readString(bank);
                Matcher field = FIELD.matcher(text);
                if (!field.find()) {
                    throw new IllegalStateException(bank + " has no rubricVersion");
                }
                versions.add(field.group(1));
                banks.add(bank);
                texts.add(text);
                fields.add(field);
            }
            if (versions.size() != 1) {
                throw new IllegalStateException(directory + ": the banks' rubric versions differ " + versions);
            }
            String from = versions.iterator().next();
            String to = next(from, month);
            for (int i = 0; i < banks.size(); i++) {
                String text = texts.get(i);
                Matcher field = fields.get(i);
                Files.writeString(banks.get(i), text.substring(0, field.start(1)) + to + text.substring(field.end(1)));
            }
            return new Bump(from, to, banks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bump the rubric version in " + directory, e);
        }
    }
}
