package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.StageBank;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labelled set is what the issue asks for, and the split rule keeps a content group on one side; the challenge
 * answers stand apart from it.
 */
class EvalSetTest {

    private static final List<StageBank> STAGES = EvalCommand.shippedStages();
    private static final List<LabelledAnswer> SET = EvalSet.load(STAGES);

    @Test
    void everyMainQuestionHasAnswersAtEveryLevelInBothLanguages() {
        assertTrue(SET.size() >= 600, "answers: " + SET.size());
        for (StageBank stage : STAGES) {
            for (Question question : stage.bank(Language.EN).questions()) {
                for (Language language : Language.values()) {
                    Set<Integer> levels = SET.stream()
                            .filter(a -> a.questionId().equals(question.id()) && a.language() == language)
                            .map(LabelledAnswer::level).collect(Collectors.toSet());
                    assertEquals(Set.of(1, 2, 3, 4, 5), levels, question.id() + " " + language);
                }
            }
        }
    }

    @Test
    void theEnglishAnswersComeInAtLeastSixStyles() {
        Set<String> styles = SET.stream().filter(a -> a.language() == Language.EN).map(LabelledAnswer::style)
                .collect(Collectors.toSet());
        assertTrue(styles.containsAll(Set.of("terse", "narrative", "star", "non-native", "other-field", "plain-words")),
                styles.toString());
    }

    @Test
    void translatedPairsShareTheirLabelsAndAlwaysFallInTheSameSplit() {
        Map<String, List<LabelledAnswer>> pairs = SET.stream().collect(Collectors.groupingBy(LabelledAnswer::group))
                .entrySet().stream().filter(group -> group.getValue().size() == 2)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(pairs.size() >= 100, "pairs: " + pairs.size());
        pairs.values().forEach(pair -> {
            assertEquals(pair.get(0).labels(), pair.get(1).labels(), pair.get(0).id());
            assertEquals(pair.get(0).split(), pair.get(1).split(), pair.get(0).id());
        });
    }

    @Test
    void theChallengeAnswersMirrorEachOtherOrSpanTheLevelsOnEveryQuestionAndAreNotInTheLabelledSet() {
        List<LabelledAnswer> challenge = EvalSet.challenge(STAGES);
        Map<String, Long> perQuestionAndStyle = challenge.stream().collect(Collectors.groupingBy(
                answer -> answer.questionId() + " " + answer.style() + " " + answer.language().code(),
                Collectors.counting()));
        for (StageBank stage : STAGES) {
            for (Question question : stage.bank(Language.EN).questions()) {
                for (String style : List.of("executor", "owner")) {
                    assertEquals(2, perQuestionAndStyle.get(question.id() + " " + style + " en"), question.id());
                    assertEquals(4, perQuestionAndStyle.get(question.id() + " " + style + " zh"), question.id());
                }
                // long answers at levels 2, 3 and 4 in each language
                assertEquals(3, perQuestionAndStyle.get(question.id() + " long en"), question.id());
                assertEquals(3, perQuestionAndStyle.get(question.id() + " long zh"), question.id());
            }
        }
        Set<String> labelled = SET.stream().map(LabelledAnswer::id).collect(Collectors.toSet());
        assertTrue(challenge.stream().noneMatch(answer -> labelled.contains(answer.id())));
    }

    @Test
    void aboutTwoInFiveAnswersAreHeldOutForTesting() {
        long test = SET.stream().filter(a -> a.split() == LabelledAnswer.Split.TEST).count();
        double share = (double) test / SET.size();
        assertTrue(share > 0.3 && share < 0.5, "test share " + share);
    }
}
