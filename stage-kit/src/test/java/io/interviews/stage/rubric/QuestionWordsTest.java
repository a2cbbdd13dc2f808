package io.interviews.stage.rubric;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionWordsTest {

    /** Two questions: one answered with queues and partitions, one with colleagues and feedback. */
    private static final QuestionWords WORDS = new QuestionWords(new QuestionWords.File("en", "this test", 0.5, 3,
            List.of("colleague", "feedback", "partition", "queue", "the"),
            Map.of("tech-3", List.of(1, 0, 20, 20, 30), "hr-2", List.of(20, 20, 0, 1, 30))));

    @Test
    void englishIsCountedInLowerCaseWordsAndChineseInPairsOfAdjacentCharacters() {
        assertEquals(List.of("the", "queue", "grew", "to", "partitions", "don't"),
                QuestionWords.words(Language.EN, List.of("The QUEUE grew to 3 partitions.", "Don't!")));
        assertEquals(List.of("队列", "列很", "很长", "个分", "分区"), QuestionWords.words(Language.ZH, List.of("队列很长，3个分区")));
    }

    @Test
    void anAnswerInTheWordsOfAnotherQuestionReadsAsItsAnswer() {
        List<String> teamwork = List.of("the", "colleague", "feedback", "the", "colleague");

        assertEquals(Optional.of("hr-2"), WORDS.readsAs("tech-3", teamwork));
        assertEquals(Optional.empty(), WORDS.readsAs("hr-2", teamwork), "it is the question asked");
        QuestionWords.Margin margin = WORDS.margin("tech-3", teamwork).orElseThrow();
        assertEquals("hr-2", margin.question());
        assertTrue(margin.margin() > 0.5, margin.toString());
    }

    @Test
    void aShortAnswerAQuestionNotCountedOrWordsNotInTheVocabularyAreNotJudged() {
        assertEquals(Optional.empty(), WORDS.margin("tech-3", List.of("colleague", "feedback")), "under minWords");
        assertEquals(Optional.empty(), WORDS.margin("coding-1", List.of("colleague", "feedback", "the")),
                "a plug-in stage's question");
        assertEquals(Optional.empty(), WORDS.margin("tech-3", List.of("kubernetes", "helm", "chart", "colleague")),
                "one vocabulary word of four");
    }

    @Test
    void aQuestionsCountsMustFollowTheVocabulary() {
        assertThrows(IllegalArgumentException.class, () -> new QuestionWords.File("en", "this test", 0.5, 3,
                List.of("queue"), Map.of("tech-3", List.of(1, 2))));
    }

    @Test
    void theShippedWordsKnowEveryShippedQuestionInBothLanguages() {
        for (Language language : Language.values()) {
            QuestionWords.File file = QuestionWords.forLanguage(language).file();
            assertEquals(language.code(), file.language());
            for (String stage : List.of("tech", "hr", "boss")) {
                for (int number = 1; number <= 6; number++) {
                    assertTrue(file.questions().containsKey(stage + "-" + number), language + " " + stage + "-" + number);
                }
            }
            assertTrue(file.flagAbove() > 0 && file.vocabulary().size() > 1000, file.flagAbove() + " "
                    + file.vocabulary().size());
        }
    }
}
