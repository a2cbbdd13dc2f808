package io.interviews.stage.rubric;

import io.interviews.events.Language;
import io.interviews.stage.code.CodeBlock;
import io.interviews.stage.code.CodeBlocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language answers are written in, which need not be the interview's: a candidate invited in English may answer
 * in Chinese. Each language's embedding table, exemplars and signal words know only their own language, so an answer
 * read in the other one is unlike every rated answer and is rated 1 for its language alone — and so is one in a
 * language neither reads (Spanish, Russian, Japanese …), which is therefore told apart and left to a person.
 */
final class WrittenLanguage {

    /** Frequent English words that the other languages written in Latin letters do not use. */
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "that", "it", "for", "with",
            "we", "my", "our", "but", "this", "have", "had", "not", "from", "were", "are", "they", "which", "would",
            "when", "what", "then", "because", "been", "did", "there", "their", "about", "after", "into", "you",
            "it's", "i'm", "i'd", "i've");

    /**
     * Frequent words of Spanish, Portuguese, French, Italian, German, Dutch, Polish, Turkish and Indonesian that no
     * English answer uses: none is an English word, an acronym of the trade (ES, OS, DI) or the tail of one (.com).
     */
    private static final Set<String> OTHER_LATIN_WORDS = Set.of(
            "de", "la", "el", "en", "que", "los", "las", "del", "por", "para", "una", "como", "pero", "sus", "más",
            "también", "fue", "muy", "esta", "este", "nuestro", "nuestra", "cuando", "porque", "hice", "hicimos",
            "não", "foi", "muito", "quando", "isso", "nós", "nossa", "nosso", "fiz", "da",
            "le", "les", "des", "est", "une", "pour", "dans", "qui", "pas", "avec", "nous", "sur", "mais", "été",
            "très", "aussi", "cette", "était", "notre", "parce", "et", "du", "au", "j'ai", "c'est", "je", "il", "ils",
            "che", "della", "delle", "sono", "anche", "questo", "perché", "abbiamo", "molto", "gli", "nel",
            "und", "der", "das", "ich", "wir", "nicht", "mit", "ist", "zu", "den", "von", "ein", "eine", "auf", "für",
            "auch", "dass", "haben", "wurde", "habe", "unsere", "unser", "bei", "wenn", "weil", "sich",
            "het", "een", "niet", "zijn", "ook", "maar", "wij", "ik", "dat",
            "nie", "się", "jest", "że", "ve", "bir", "bu", "için", "ile", "yang", "dan", "saya", "kami", "untuk",
            "dengan", "tidak", "ini", "itu", "dari");

    /** Words of another Latin-script language it takes, at the least, before an answer is said to be in one. */
    private static final int MIN_OTHER_LATIN_WORDS = 4;

    /** Letters of another script (Cyrillic, Hangul, Arabic …) it takes, at the least, to outweigh a few names. */
    private static final int MIN_OTHER_SCRIPT_LETTERS = 10;

    /** Kana it takes to tell Japanese from Chinese, which shares its characters but never writes kana. */
    private static final int MIN_KANA = 5;

    private WrittenLanguage() {
    }

    /** The follow-up to an answer in a language the brain does not read, in the interview's language. */
    static String askAgainIn(Language asked) {
        return switch (asked) {
            case EN -> "I can only read answers written in English or Chinese, and this interview is held in English. "
                    + "Could you give your answer again in English?";
            case ZH -> "我只能阅读用中文或英文写的回答，本次面试使用中文。请您用中文再回答一次这个问题。";
        };
    }

    /** Why a person must review a stage with answers in a language the brain does not read, to {@code questionIds}. */
    static String reviewReason(List<String> questionIds) {
        return "Answered in a language other than English or Chinese (" + String.join(", ", questionIds)
                + "): not read, rated 1; a person who reads it should rate these answers.";
    }

    /** The answers the brain reads and the language it reads them in; no answers when it reads none of them. */
    record Written(Language language, List<InjectionScreen.ScreenedAnswer> answers) {
    }

    /**
     * The screened answers (fenced code and text addressed to the grader left out) that are in English, Chinese or a
     * mix of the two — or say nothing, or little enough that the interview's language may as well read them — and
     * the language they are read in. Not read: an answer mostly in another script (kana beside Chinese characters,
     * Cyrillic, Hangul …), or in Latin letters that are mostly another language's words. Chinese when the answers read
     * hold at least one Chinese character for every two words in Latin letters: Chinese written with English terms
     * and identifiers stays Chinese (the labelled set's most mixed Chinese answer has 13 characters to 11 words), an
     * English answer naming a Chinese product stays English. English when the words outnumber that; {@code asked}
     * when there is neither.
     */
    static Written of(List<InjectionScreen.ScreenedAnswer> answers, Language asked) {
        List<InjectionScreen.ScreenedAnswer> read = new ArrayList<>();
        long han = 0;
        long latinWords = 0;
        for (InjectionScreen.ScreenedAnswer answer : answers) {
            Letters letters = Letters.of(answer);
            if (letters.readable()) {
                read.add(answer);
                han += letters.han;
                latinWords += letters.latinWords;
            }
        }
        Language language = han == 0 && latinWords == 0 ? asked : 2 * han >= latinWords ? Language.ZH : Language.EN;
        return new Written(language, read);
    }

    /** What the prose of one answer is written with: letters by script, and the Latin-letter words. */
    private static final class Letters {
        long han;
        long kana;
        long latin;
        long otherScript;
        long latinWords;
        long englishWords;
        long otherLatinWords;

        boolean readable() {
            if (kana >= MIN_KANA && 5 * kana >= han + kana) {
                return false;
            }
            if (otherScript >= MIN_OTHER_SCRIPT_LETTERS && otherScript > latin + han) {
                return false;
            }
            boolean english = 2 * han < latinWords;
            return !english || otherLatinWords < MIN_OTHER_LATIN_WORDS || otherLatinWords <= 2 * englishWords;
        }

        static Letters of(InjectionScreen.ScreenedAnswer answer) {
            String prose = withoutCode(String.join("\n", answer.kept()));
            Letters letters = new Letters();
            StringBuilder word = new StringBuilder();
            boolean inLatinWord = false;
            for (int i = 0; i < prose.length(); ) {
                int codePoint = prose.codePointAt(i);
                Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
                boolean latin = script == Character.UnicodeScript.LATIN;
                if (latin && !inLatinWord) {
                    letters.latinWords++;
                }
                inLatinWord = latin;
                // a word looked up keeps its apostrophes (j'ai, it's); the count above splits at them, as it always has
                if (latin || (codePoint == '\'' || codePoint == '’') && !word.isEmpty()) {
                    word.appendCodePoint(codePoint == '’' ? '\'' : codePoint);
                } else {
                    letters.endWord(word);
                }
                if (latin) {
                    letters.latin++;
                } else if (script == Character.UnicodeScript.HAN) {
                    letters.han++;
                } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                    letters.kana++;
                } else if (Character.isLetter(codePoint) && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED) {
                    letters.otherScript++;
                }
                i += Character.charCount(codePoint);
            }
            letters.endWord(word);
            return letters;
        }

        private void endWord(StringBuilder word) {
            if (word.isEmpty()) {
                return;
            }
            String lowered = word.toString().toLowerCase(Locale.ROOT);
            if (ENGLISH_WORDS.contains(lowered)) {
                englishWords++;
            } else if (OTHER_LATIN_WORDS.contains(lowered)) {
                otherLatinWords++;
            }
            word.setLength(0);
        }
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
