package io.interviews.offer.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.ImprovementArea;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The advice a feedback letter gives, checked against the stages' own rubric files (their dimensions and anchors). */
class ImprovementAdviceTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final List<String> ANCHORS = allAnchors();

    private final ImprovementAdvice advice = ImprovementAdvice.load();
    private final LetterDrafter drafter = new LetterDrafter(new LetterTemplates(StandaloneQute.engine()),
            new TestOfferConfig(ExpectedSalaryPolicy.IGNORE));

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRubricDimensionHasAdviceUnderTheNameItsRubricGivesIt(Language language) {
        Map<String, String> rubricNames = new LinkedHashMap<>();
        for (Dimension dimension : rubricDimensions(language)) {
            rubricNames.put(dimension.id(), dimension.name());
        }
        assertEquals(12, rubricNames.size(), "tech, hr and boss rate four dimensions each: " + rubricNames.keySet());

        Map<String, String> advisedNames = new LinkedHashMap<>();
        rubricNames.keySet().forEach(id -> advisedNames.put(id,
                advice.forAreas(language, List.of(new ImprovementArea("any", id, 2))).get(0).name()));
        assertEquals(rubricNames, advisedNames);
    }

    @Test
    void aChineseLetterNamesEachAreaInChineseWithAdviceAndQuotesNoRubricAnchor() {
        lettersForEveryRubricDimension(Language.ZH).forEach((dimension, markdown) -> {
            String areaLine = markdown.lines().filter(line -> line.startsWith("- **")).findFirst().orElseThrow();
            assertTrue(areaLine.startsWith("- **" + dimension.name() + "**："), areaLine);
            assertFalse(LATIN.matcher(areaLine).find(), "an English word in a Chinese letter's area: " + areaLine);
            assertNoAnchorQuoted(markdown);
        });
    }

    @Test
    void anEnglishLetterNamesEachAreaAsItsRubricDoesAndQuotesNoRubricAnchorEither() {
        lettersForEveryRubricDimension(Language.EN).forEach((dimension, markdown) -> {
            assertTrue(markdown.contains("- **" + dimension.name() + "**: "), markdown);
            assertNoAnchorQuoted(markdown);
        });
    }

    @Test
    void theGrowthAnchorQuotedInChineseLettersBeforeIsGone() {
        String markdown = feedbackLetter(Language.ZH, new ImprovementArea("boss", "growth-potential", 1));

        assertTrue(markdown.contains("**成长潜力**"), markdown);
        assertFalse(markdown.contains("没有目标，也没有对自身发展的反思"), markdown);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aDimensionWithoutAdviceIsWordedOnceWithoutItsId(Language language) {
        List<AreaAdvice> worded = advice.forAreas(language, List.of(new ImprovementArea("coding", "kata-speed", 1),
                new ImprovementArea("tech", "system-design", 2), new ImprovementArea("coding", "test-first", 2)));

        assertEquals(2, worded.size(), worded.toString());
        assertEquals(language == Language.EN ? "Other skills the interviews explored" : "面试考察的其他能力",
                worded.get(0).name());
        assertEquals(language == Language.EN ? "System design" : "系统设计", worded.get(1).name());
        assertFalse(worded.toString().contains("kata") || worded.toString().contains("test-first"), worded.toString());
    }

    /** A feedback letter per rubric dimension, naming that dimension as its one area. */
    private Map<Dimension, String> lettersForEveryRubricDimension(Language language) {
        Map<Dimension, String> letters = new LinkedHashMap<>();
        for (Dimension dimension : rubricDimensions(language)) {
            letters.put(dimension, feedbackLetter(language, new ImprovementArea(dimension.stage(), dimension.id(), 1)));
        }
        return letters;
    }

    private String feedbackLetter(Language language, ImprovementArea area) {
        InterviewContext context = new InterviewContext(new Candidate("李雷", "li.lei@example.com"),
                new Position("后端工程师", "mid", "上海"), language, List.of(new PlannedStage(area.stage(), 1)));
        InterviewScored scored = new InterviewScored(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), context,
                List.of(new StageScore(area.stage(), 1, 40)), 40, Band.NO_HIRE, "No hire", false, List.of(),
                List.of(area));
        LetterDraft draft = drafter.feedback(drafter.feedbackTerms(scored), LocalDate.of(2025, 3, 7));
        assertDoesNotThrow(() -> LetterCheck.verify(draft));
        return draft.markdown();
    }

    /** No anchor sentence of any rubric, in either language, appears, even without its final stop. */
    private static void assertNoAnchorQuoted(String markdown) {
        for (String anchor : ANCHORS) {
            String sentence = anchor.strip().replaceAll("[.。]$", "");
            assertFalse(markdown.contains(sentence), "rubric anchor '" + sentence + "' quoted:\n" + markdown);
        }
    }

    record Dimension(String stage, String id, String name, List<String> anchors) {
    }

    private static List<String> allAnchors() {
        List<String> anchors = new ArrayList<>();
        for (Language language : Language.values()) {
            rubricDimensions(language).forEach(dimension -> anchors.addAll(dimension.anchors()));
        }
        return anchors;
    }

    /** The dimensions of every interviewer stage's bank in {@code language}, as its rubric defines them. */
    private static List<Dimension> rubricDimensions(Language language) {
        ObjectMapper json = new ObjectMapper();
        List<Dimension> dimensions = new ArrayList<>();
        try (DirectoryStream<Path> stages = Files.newDirectoryStream(PROJECT, "interviewer-*")) {
            for (Path module : stages) {
                try (DirectoryStream<Path> banks = Files.newDirectoryStream(
                        module.resolve("src/main/resources/interview-stages"))) {
                    for (Path stageDirectory : banks) {
                        JsonNode bank = json.readTree(stageDirectory.resolve("bank-" + language.code() + ".json")
                                .toFile());
                        for (JsonNode dimension : bank.get("dimensions")) {
                            List<String> anchors = new ArrayList<>();
                            dimension.get("anchors").forEach(anchor -> anchors.add(anchor.asText()));
                            dimensions.add(new Dimension(bank.get("stage").asText(), dimension.get("id").asText(),
                                    dimension.get("name").asText(), anchors));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dimensions;
    }
}
