package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.AnswerModel;
import io.interviews.stage.rubric.QuestionWords;
import io.interviews.stage.rubric.StageBankLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calibration moves a stage to its next rubric version exactly when what it writes for that stage changes. */
class RubricVersionsTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final String TECH = "interviewer-tech/src/main/resources/" + StageBankLoader.CLASSPATH_ROOT + "/tech";
    private static final String CODING_BANK = "{\n  \"stage\": \"coding\",\n  \"rubricVersion\": \"coding-2026.11-1\",\n"
            + "  \"questions\": []\n}\n";

    @TempDir
    Path repo;

    @Test
    void theNextVersionCountsOnWithinAMonthAndStartsAgainInANewOne() {
        assertEquals("tech-2026.12-4", RubricVersions.next("tech-2026.12-3", DECEMBER));
        assertEquals("coding-2026.12-1", RubricVersions.next("coding-2026.11-7", DECEMBER));
        assertEquals("system-design-2027.01-1", RubricVersions.next("system-design-2026.12-12", YearMonth.of(2027, 1)));
        assertEquals("tech-2027.01-3", RubricVersions.next("tech-2027.01-2", DECEMBER), "never back to an earlier month");
        IllegalArgumentException unconventional = assertThrows(IllegalArgumentException.class,
                () -> RubricVersions.next("hr-v2", DECEMBER));
        assertTrue(unconventional.getMessage().contains("by hand"), unconventional.getMessage());
    }

    @Test
    void changedExemplarsOrModelsMoveTheirStagesAndWritingTheSameAgainMovesNone() throws IOException {
        String shipped = StageBankLoader.fromClasspath("tech").rubricVersion();
        copyShippedBanks("tech", repo.resolve(TECH));
        Path coding = repo.resolve(Calibration.PLUG_IN_STAGES).resolve("coding");
        Files.createDirectories(coding);
        for (Language language : Language.values()) {
            Files.writeString(coding.resolve(StageBankLoader.fileName(language)), CODING_BANK);
        }

        // nothing written yet: new models move every stage, the plug-in stage too
        Calibration.Written first = Calibration.write(fitted("tech"), repo, DECEMBER);
        String once = RubricVersions.next(shipped, DECEMBER);
        assertEquals(Map.of("tech", once, "coding", "coding-2026.12-1"), versions(first));
        assertEquals(once, StageBankLoader.fromDirectory(repo.resolve(TECH), "tech").rubricVersion());
        for (Language language : Language.values()) {
            assertEquals(CODING_BANK.replace("coding-2026.11-1", "coding-2026.12-1"),
                    Files.readString(coding.resolve(StageBankLoader.fileName(language))), "only the version changes");
        }

        assertEquals(Map.of(), Calibration.write(fitted("tech"), repo, DECEMBER).bumps());
        assertEquals(once, StageBankLoader.fromDirectory(repo.resolve(TECH), "tech").rubricVersion());

        // other exemplars, the same models: that stage alone
        Calibration.Written otherExemplars = Calibration.write(fitted("hr"), repo, DECEMBER);
        assertEquals(Map.of("tech", RubricVersions.next(once, DECEMBER)), versions(otherExemplars));
        assertTrue(otherExemplars.files().containsAll(otherExemplars.bumps().get("tech").banks()));
    }

    @Test
    void banksThatDisagreeOnTheirVersionAreNotGuessedAt() throws IOException {
        Path stage = repo.resolve("disagreeing");
        Files.createDirectories(stage);
        Files.writeString(stage.resolve(StageBankLoader.fileName(Language.EN)), CODING_BANK);
        Files.writeString(stage.resolve(StageBankLoader.fileName(Language.ZH)),
                CODING_BANK.replace("2026.11-1", "2026.11-2"));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RubricVersions.bump(stage, DECEMBER));
        assertTrue(refused.getMessage().contains("differ"), refused.getMessage());
        assertEquals(CODING_BANK, Files.readString(stage.resolve(StageBankLoader.fileName(Language.EN))));
    }

    /** The shipped models and question words, and {@code exemplarsOf}'s shipped exemplars written as the tech stage's. */
    private static Calibration.Fitted fitted(String exemplarsOf) {
        Map<Language, AnswerModel> models = new EnumMap<>(Language.class);
        Map<Language, QuestionWords.File> questionWords = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            models.put(language, AnswerModel.forLanguage(language));
            questionWords.put(language, QuestionWords.forLanguage(language).file());
        }
        return new Calibration.Fitted(models, Map.of("tech", StageBankLoader.fromClasspath(exemplarsOf).exemplars()),
                questionWords);
    }

    private static Map<String, String> versions(Calibration.Written written) {
        Map<String, String> versions = new TreeMap<>();
        written.bumps().forEach((stage, bump) -> versions.put(stage, bump.to()));
        return versions;
    }

    private static void copyShippedBanks(String stage, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Language language : Language.values()) {
            String resource = StageBankLoader.CLASSPATH_ROOT + "/" + stage + "/" + StageBankLoader.fileName(language);
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                Files.copy(in, directory.resolve(StageBankLoader.fileName(language)));
            }
        }
    }
}
