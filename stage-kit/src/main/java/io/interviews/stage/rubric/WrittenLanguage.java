package io.interviews.stage.rubric;

import io.interviews.events.Language;
import io.interviews.stage.code.CodeBlock;
import io.interviews.stage.code.CodeBlocks;

import java.util.List;

/**
 * The language answers are written in, which need not be the interview's: a candidate invited in English may answer
 * in Chinese. Each language's embedding table, exemplars and signal words know only their own language, so an answer
 * read in the other one is unlike every rated answer and is rated 1 for its language alone.
 */
final class WrittenLanguage {

    private WrittenLanguage() {
    }

    /**
     * Chinese when the prose of the screened answers (fenced code and text addressed to the grader left out) holds at
     * least one Chinese character for every two words in Latin letters: Chinese written with English terms and
     * identifiers stays Chinese (the labelled set's most mixed Chinese answer has 13 characters to 11 words), an
     * English answer naming a Chinese product stays English. English when the words outnumber that; {@code asked}
     * when there is neither.
     */
    static Language of(List<InjectionScreen.ScreenedAnswer> answers, Language asked) {
        long han = 0;
        long latinWords = 0;
        for (InjectionScreen.ScreenedAnswer answer : answers) {
            String prose = withoutCode(String.join("\n", answer.kept()));
            boolean inLatinWord = false;
            for (int i = 0; i < prose.length(); ) {
                int codePoint = prose.codePointAt(i);
                Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
                if (script == Character.UnicodeScript.HAN) {
                    han++;
                }
                boolean latin = script == Character.UnicodeScript.LATIN;
                if (latin && !inLatinWord) {
                    latinWords++;
                }
                inLatinWord = latin;
                i += Character.charCount(codePoint);
            }
        }
        if (han == 0 && latinWords == 0) {
            return asked;
        }
        return 2 * han >= latinWords ? Language.ZH : Language.EN;
    }

    private static String withoutCode(String answer) {
        StringBuilder prose = new StringBuilder(answer);
        List<CodeBlock> blocks = CodeBlocks.in(answer);
        for (int i = blocks.size() - 1; i >= 0; i--) {
            prose.delete(blocks.get(i).start(), blocks.get(i).end());
        }
        return prose.toString();
    }
}
