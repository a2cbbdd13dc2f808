package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.AnswerRater;
import io.interviews.stage.rubric.RubricInterviewer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RobustnessTest {

    private static final Map<String, RubricInterviewer> INTERVIEWERS =
            EvalCommand.interviewers(EvalCommand.shippedStages(), new AnswerRater(AnswerEmbeddings::shared));
    private static final LabelledAnswer ENGLISH = new LabelledAnswer("tech-2-01-en", "tech-2-01", "tech", "tech-2",
            Language.EN, "terse", 4, labelled(dimensions("tech", Language.EN, "tech-2"), 4),
            "I traced the double charges to a client retry after thirty seconds and added idempotency keys.");
    private static final LabelledAnswer CHINESE = new LabelledAnswer("boss-6-01-zh", "boss-6-01", "boss", "boss-6",
            Language.ZH, "mixed", 4, labelled(dimensions("boss", Language.ZH, "boss-6"), 5), "我先和两位负责人分别谈，再一起定下取舍。");

    @Test
    void shuffledWordsAreTheSameWordsInAnotherOrderAndShowNoEvidence() {
        LabelledAnswer shuffled = Robustness.shuffled(ENGLISH, new Random(1));

        assertNotEquals(ENGLISH.text(), shuffled.text());
        assertEquals(sorted(ENGLISH.text().split(" ")), sorted(shuffled.text().split(" ")));
        assertEquals(labelled(dimensions("tech", Language.EN, "tech-2"), 1), shuffled.labels());
        assertEquals("tech-2", shuffled.questionId());
        // a judge that keeps each answer's grade by id (the openai one) grades it anew; its group's exemplars still never vote
        assertNotEquals(ENGLISH.id(), shuffled.id());
        assertEquals(ENGLISH.group(), shuffled.group());
    }

    @Test
    void chineseIsShuffledCharacterByCharacter() {
        LabelledAnswer shuffled = Robustness.shuffled(CHINESE, new Random(1));

        assertNotEquals(CHINESE.text(), shuffled.text());
        assertEquals(sorted(CHINESE.text().split("")), sorted(shuffled.text().split("")));
    }

    @Test
    void anAnswerIsGivenToTheQuestionAtItsPlaceInTheNextStageWhichRatesOtherDimensions() {
        LabelledAnswer elsewhere = Robustness.givenElsewhere(ENGLISH, INTERVIEWERS);

        assertEquals("hr", elsewhere.stage());
        assertEquals("hr-2", elsewhere.questionId());
        assertEquals(ENGLISH.text(), elsewhere.text());
        assertEquals("tech-2-01-en-as-hr-2", elsewhere.id());
        assertEquals(ENGLISH.group(), elsewhere.group());
        assertEquals(labelled(dimensions("hr", Language.EN, "hr-2"), 1), elsewhere.labels());
        assertEquals("tech", Robustness.givenElsewhere(CHINESE, INTERVIEWERS).stage(), "the last stage wraps around");
    }

    @Test
    void everyCheckIsReportedPerLanguageForTheStrongAnswersOnly() {
        LabelledAnswer weak = new LabelledAnswer("tech-1-02-en", "tech-1-02", "tech", "tech-1", Language.EN, "terse", 2,
                labelled(dimensions("tech", Language.EN, "tech-1"), 2), "We used some tools.");
        List<Robustness.Result> results = Robustness.score(new RubricJudge(INTERVIEWERS), List.of(ENGLISH, CHINESE, weak), 7);

        assertEquals(Set.of(Robustness.Check.values()), Set.copyOf(results.stream().map(Robustness.Result::check).toList()));
        assertEquals(6, results.size());
        results.stream().filter(result -> result.check() == Robustness.Check.AS_WRITTEN).forEach(result ->
                assertEquals((result.language() == Language.EN ? ENGLISH : CHINESE).labels().size(), result.ratings(),
                        "the strong answer's dimensions, not the weak one's: " + result));
    }

    private static List<String> dimensions(String stage, Language language, String questionId) {
        return INTERVIEWERS.get(stage).stageBank().bank(language).question(questionId).orElseThrow().dimensions();
    }

    private static Map<String, Integer> labelled(List<String> dimensions, int label) {
        return dimensions.stream().collect(Collectors.toMap(Function.identity(), dimension -> label));
    }

    private static List<String> sorted(String[] pieces) {
        return Arrays.stream(pieces).sorted().toList();
    }
}
