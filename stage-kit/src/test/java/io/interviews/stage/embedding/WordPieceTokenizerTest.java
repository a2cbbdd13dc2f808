package io.interviews.stage.embedding;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordPieceTokenizerTest {

    private static final List<String> CHARACTERS = List.of("[UNK]", "我", "们", "监", "控", "系", "统", "的", "ok", "##ay", "，");

    private static List<String> pieces(List<String> vocabulary, String text) {
        return new WordPieceTokenizer(vocabulary, true).ids(text).stream()
                .map(id -> id == WordPieceTokenizer.UNKNOWN ? "?" : vocabulary.get(id)).toList();
    }

    @Test
    void withoutChineseWordsEveryCharacterStandsAloneAsInBert() {
        assertEquals(List.of("我", "们", "的", "监", "控", "ok", "##ay", "，", "系", "统"),
                pieces(CHARACTERS, "我们的监控Okay，系统"));
    }

    @Test
    void aRunOfChineseCharactersIsCutIntoItsLongestWordsFromTheLeft() {
        List<String> vocabulary = new ArrayList<>(CHARACTERS);
        vocabulary.addAll(List.of("我们", "监控", "控系", "监控系统"));
        assertEquals(List.of("我们", "的", "监控系统"), pieces(vocabulary, "我们的监控系统"));
        assertEquals(List.of("监控", "ok", "##ay", "系", "统"), pieces(vocabulary, "监控okay系统"));
    }

    @Test
    void aCharacterTheVocabularyLacksIsUnknownAloneNotTheWholeRun() {
        List<String> vocabulary = new ArrayList<>(CHARACTERS);
        vocabulary.add("我们");
        assertEquals(List.of("我们", "?", "的"), pieces(vocabulary, "我们他的"));
    }
}
