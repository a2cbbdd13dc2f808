package io.interviews.stage.rubric;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a stage's {@code bank-en.json} and {@code bank-zh.json} and checks them, so a broken bank stops the
 * service at start-up instead of mid-interview, with the stage's labelled exemplars ({@code exemplars-en.json},
 * {@code exemplars-zh.json}) where it has them. By default the files live on the classpath at
 * {@code interview-stages/<stage>/}; a directory may be given instead.
 */
public final class StageBankLoader {

    public static final String CLASSPATH_ROOT = "interview-stages";
    public static final int MIN_QUESTIONS = 3;
    public static final int MIN_DIMENSIONS = 3;
    public static final int MAX_DIMENSIONS = 5;
    public static final int MIN_POINTS = 3;
    public static final int MAX_POINTS = 5;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private StageBankLoader() {
    }

    public static String fileName(Language language) {
        return "bank-" + language.code() + ".json";
    }

    public static String exemplarsFileName(Language language) {
        return "exemplars-" + language.code() + ".json";
    }

    public static StageBank fromClasspath(String stage) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        String directory = CLASSPATH_ROOT + "/" + stage + "/";
        return load(stage, language -> {
            String resource = directory + fileName(language);
            InputStream in = classLoader.getResourceAsStream(resource);
            if (in == null) {
                throw new InvalidBankException("no question bank on the classpath at " + resource);
            }
            return read(in, resource, QuestionBank.class);
        }, language -> {
            String resource = directory + exemplarsFileName(language);
            InputStream in = classLoader.getResourceAsStream(resource);
            return in == null ? Exemplars.NONE : new Exemplars(read(in, resource, Exemplars.File.class));
        });
    }

    /** Reads the banks (and exemplars, if there) from {@code directory}, which holds the stage's files. */
    public static StageBank fromDirectory(Path directory, String stage) {
        return load(stage, language -> {
            Path file = directory.resolve(fileName(language));
            try {
                return read(Files.newInputStream(file), file.toString(), QuestionBank.class);
            } catch (IOException e) {
                throw new InvalidBankException("cannot read question bank " + file, e);
            }
        }, language -> {
            Path file = directory.resolve(exemplarsFileName(language));
            try {
                return Files.exists(file)
                        ? new Exemplars(read(Files.newInputStream(file), file.toString(), Exemplars.File.class))
                        : Exemplars.NONE;
            } catch (IOException e) {
                throw new InvalidBankException("cannot read exemplars " + file, e);
            }
        });
    }

    private static <T> T read(InputStream in, String source, Class<T> type) {
        try (in) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new InvalidBankException("cannot parse " + source + ": " + e.getMessage(), e);
        }
    }

    private static StageBank load(String stage, Function<Language, QuestionBank> reader,
                                  Function<Language, Exemplars> exemplarsReader) {
        Map<Language, QuestionBank> banks = new EnumMap<>(Language.class);
        Map<Language, Exemplars> exemplars = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            banks.put(language, reader.apply(language));
            exemplars.put(language, exemplarsReader.apply(language));
        }
        List<String> problems = new ArrayList<>();
        banks.forEach((language, bank) -> checkBank(stage, language, bank, problems));
        if (problems.isEmpty()) {
            checkLanguagesAgree(banks, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidBankException(stage, problems);
        }
        return new StageBank(stage, banks.get(Language.EN).rubricVersion(), banks, exemplars);
    }

    private static void checkBank(String stage, Language language, QuestionBank bank, List<String> problems) {
        String where = fileName(language) + ": ";
        if (!stage.equals(bank.stage())) {
            problems.add(where + "stage is '" + bank.stage() + "', expected '" + stage + "'");
        }
        if (bank.language() != language) {
            problems.add(where + "language is " + bank.language() + ", expected " + language.code());
        }
        if (isBlank(bank.rubricVersion())) {
            problems.add(where + "rubricVersion is missing");
        }
        if (isBlank(bank.persona())) {
            problems.add(where + "persona is missing");
        }
        checkDimensions(where, bank.dimensions(), problems);
        checkClaims(where, bank, problems);
        Set<String> dimensionIds = bank.dimensions().stream().map(Dimension::id).collect(Collectors.toSet());
        if (bank.questions().size() < MIN_QUESTIONS) {
            problems.add(where + "has " + bank.questions().size() + " main questions, needs at least " + MIN_QUESTIONS);
        }
        Set<String> ratedDimensions = new HashSet<>();
        for (int i = 0; i < bank.questions().size(); i++) {
            Question question = bank.questions().get(i);
            String expectedId = stage + "-" + (i + 1);
            if (!expectedId.equals(question.id())) {
                problems.add(where + "question " + (i + 1) + " has id '" + question.id() + "', expected '" + expectedId + "'");
            }
            if (isBlank(question.text())) {
                problems.add(where + question.id() + " has no text");
            }
            checkPoints(where + question.id(), question.points(), dimensionIds, problems);
            question.points().forEach(point -> ratedDimensions.add(point.dimension()));
        }
        dimensionIds.stream().filter(id -> !ratedDimensions.contains(id)).sorted()
                .forEach(id -> problems.add(where + "dimension " + id + " has no rubric point, so it could never be rated"));
    }

    private static void checkDimensions(String where, List<Dimension> dimensions, List<String> problems) {
        if (dimensions.size() < MIN_DIMENSIONS || dimensions.size() > MAX_DIMENSIONS) {
            problems.add(where + "has " + dimensions.size() + " dimensions, needs " + MIN_DIMENSIONS + "–" + MAX_DIMENSIONS);
        }
        Set<String> seen = new HashSet<>();
        for (Dimension dimension : dimensions) {
            if (isBlank(dimension.id()) || !seen.add(dimension.id())) {
                problems.add(where + "dimension id '" + dimension.id() + "' is blank or repeated");
            }
            if (isBlank(dimension.name())) {
                problems.add(where + "dimension " + dimension.id() + " has no name");
            }
            if (!(dimension.weight() > 0)) {
                problems.add(where + "dimension " + dimension.id() + " needs a positive weight");
            }
            for (int rating = 1; rating <= 5; rating++) {
                if (isBlank(dimension.anchor(rating))) {
                    problems.add(where + "dimension " + dimension.id() + " has no anchor for rating " + rating);
                }
            }
            if (dimension.anchors().size() != 5) {
                problems.add(where + "dimension " + dimension.id() + " must have exactly the anchors 1..5");
            }
        }
    }

    private static void checkPoints(String where, List<RubricPoint> points, Set<String> dimensionIds,
                                    List<String> problems) {
        if (points.size() < MIN_POINTS || points.size() > MAX_POINTS) {
            problems.add(where + " has " + points.size() + " rubric points, needs " + MIN_POINTS + "–" + MAX_POINTS);
        }
        Set<String> seen = new HashSet<>();
        for (RubricPoint point : points) {
            if (isBlank(point.id()) || !seen.add(point.id())) {
                problems.add(where + ": point id '" + point.id() + "' is blank or repeated");
            }
            if (!dimensionIds.contains(point.dimension())) {
                problems.add(where + ": point " + point.id() + " maps to unknown dimension '" + point.dimension() + "'");
            }
            if (isBlank(point.description())) {
                problems.add(where + ": point " + point.id() + " has no description");
            }
            if (point.keywords().isEmpty() || point.keywords().stream().anyMatch(StageBankLoader::isBlank)) {
                problems.add(where + ": point " + point.id() + " needs non-blank keywords");
            }
            if (isBlank(point.followUp())) {
                problems.add(where + ": point " + point.id() + " has no follow-up prompt");
            }
        }
    }

    private static void checkClaims(String where, QuestionBank bank, List<String> problems) {
        bank.claimProbes().ifPresent(claims -> {
            if (claims.figure() != null && (!hasClaimPlaceholder(claims.figure().probe())
                    || claims.figure().methodCues().isEmpty())) {
                problems.add(where + "claims.figure needs a probe containing " + ClaimProbes.CLAIM + " and methodCues");
            }
            if (claims.tool() != null && (!hasClaimPlaceholder(claims.tool().probe())
                    || claims.tool().names().isEmpty() || claims.tool().detailCues().isEmpty())) {
                problems.add(where + "claims.tool needs a probe containing " + ClaimProbes.CLAIM + ", names and detailCues");
            }
        });
    }

    /** The languages must be translations of each other: same ids, point-to-dimension mapping, weights, version. */
    private static void checkLanguagesAgree(Map<Language, QuestionBank> banks, List<String> problems) {
        QuestionBank reference = banks.get(Language.EN);
        for (QuestionBank other : banks.values()) {
            if (other == reference) {
                continue;
            }
            String where = fileName(other.language()) + " vs " + fileName(reference.language()) + ": ";
            if (!reference.rubricVersion().equals(other.rubricVersion())) {
                problems.add(where + "rubricVersion differs");
            }
            if (!dimensionShape(reference).equals(dimensionShape(other))) {
                problems.add(where + "dimension ids or weights differ");
            }
            if (!questionShape(reference).equals(questionShape(other))) {
                problems.add(where + "question ids, point ids or point dimensions differ");
            }
        }
    }

    private static List<String> dimensionShape(QuestionBank bank) {
        return bank.dimensions().stream().map(d -> d.id() + "=" + d.weight()).toList();
    }

    private static List<String> questionShape(QuestionBank bank) {
        return bank.questions().stream()
                .map(q -> q.id() + q.points().stream().map(p -> p.id() + ">" + p.dimension()).toList())
                .toList();
    }

    private static boolean hasClaimPlaceholder(String probe) {
        return probe != null && probe.contains(ClaimProbes.CLAIM);
    }

    private static boolean isBlank(String value) {
        return Objects.requireNonNullElse(value, "").isBlank();
    }
}
