package io.interviews.stage.rubric;

import io.interviews.stage.code.CodeBlock;
import io.interviews.stage.code.CodeBlocks;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An answer's words without the markup around them: Markdown emphasis, headings, list markers and quotes, inline
 * code ticks and HTML tags. Candidates who write Markdown (or paste a model's answer) say the same as those who do
 * not; read with its markup, a bold answer looked unlike every rated answer and a numbered list counted its item
 * numbers as figures. Nor do Traditional characters or a keyboard's full-width letters ({@link CharacterForms}).
 * Nor do the fillers of speech (um, you know, 嗯, 那个，) in an answer dictated or typed as it is spoken: before every
 * sentence, they cost the test split's strong answers 0.24 of a rating in English and 0.14 in Chinese. Fenced code
 * blocks are kept as they are: code is evidence of its own.
 */
final class PlainText {

    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern LINE_MARKUP = Pattern.compile(
            "(?m)^[ \\t]*(?:>[ \\t]?)*(?:#{1,6}[ \\t]+|(?:[-*+•·]|\\d{1,3}[.)、]|[a-zA-Z][.)])(?:[ \\t]+|$))?");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|_{2,3}|`");
    /**
     * Hesitation sounds, and the words a speaker fills a pause with where a comma sets them off: "you know, we …" says
     * nothing, "you know the system" does. Not 唔 (in Cantonese, "not"), nor 额 inside a word (金额).
     */
    private static final Pattern FILLER = Pattern.compile(
            "(?i)(?<![\\w'-])(?:u+h*m+|u+h+|e+rm+|h+m+)(?![\\w'-])[,.…]*\\h*"
            + "|(?m)(?:^|(?<=[,;:.!?(]\\h{0,2}))(?:you know|i mean|like|so yeah|yeah|er)\\h*(?:,+|…|\\.{3})\\h*"
            + "|,\\h*(?:you know|i mean)(?=\\h*[.;!?…])"
            + "|[嗯呃]+[，,。…~～、]*|(?<!\\p{IsHan})额[，,…]+|(?:那个|这个|就是说?|怎么说呢|你知道)[，,…]+");

    private PlainText() {
    }

    static String of(String text) {
        List<CodeBlock> blocks = CodeBlocks.in(text);
        if (blocks.isEmpty()) {
            return prose(text);
        }
        StringBuilder plain = new StringBuilder();
        int from = 0;
        for (CodeBlock block : blocks) {
            plain.append(prose(text.substring(from, block.start()))).append(text, block.start(), block.end());
            from = block.end();
        }
        return plain.append(prose(text.substring(from))).toString();
    }

    /** Without markup, and in the forms of characters every table is made of. */
    private static String prose(String text) {
        String untagged = HTML_TAG.matcher(CharacterForms.canonical(text)).replaceAll(" ");
        String unmarked = EMPHASIS.matcher(LINE_MARKUP.matcher(untagged).replaceAll("")).replaceAll("");
        return FILLER.matcher(unmarked).replaceAll("");
    }
}
