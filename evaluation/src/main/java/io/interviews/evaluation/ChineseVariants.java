package io.interviews.evaluation;

import com.ibm.icu.text.Transliterator;
import io.interviews.stage.rubric.CharacterForms;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Simplified form of every Traditional Chinese character, by ICU4J's {@code Traditional-Simplified}
 * transliteration of each Han character of the Basic Multilingual Plane one at a time: the table stage-kit reads
 * Traditional Chinese with ({@code traditional-chinese.txt}). A line is the character and its Simplified form; a line
 * starting with {@code ~} holds a character Simplified Chinese writes too (GB 2312 has it: 著 of 显著, 後, 於), which
 * only text with another Traditional character is read as Traditional for.
 */
final class ChineseVariants {

    /** CJK Unified Ideographs Extension A, CJK Unified Ideographs, CJK Compatibility Ideographs. */
    private static final int[][] HAN_BLOCKS = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

    private ChineseVariants() {
    }

    /**
     * Each Traditional character whose Simplified form is another character of the same plane, and that form, in code
     * order (the few that simplify to a rare character outside it are left out: no reader knows those).
     */
    static Map<String, String> simplifiedForms() {
        Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
        Map<String, String> forms = new LinkedHashMap<>();
        for (int[] block : HAN_BLOCKS) {
            for (int codePoint = block[0]; codePoint <= block[1]; codePoint++) {
                String character = Character.toString(codePoint);
                String simplified = simplify.transliterate(character);
                if (!simplified.equals(character) && simplified.length() == 1) {
                    forms.put(character, simplified);
                }
            }
        }
        return forms;
    }

    /**
     * The table's text: a line a character, {@link CharacterForms#ALSO_SIMPLIFIED} before those Simplified Chinese
     * writes too.
     */
    static String table() {
        CharsetEncoder simplifiedStandard = Charset.forName("GB2312").newEncoder();
        StringBuilder table = new StringBuilder();
        simplifiedForms().forEach((traditional, simplified) -> {
            if (simplifiedStandard.canEncode(traditional)) {
                table.append(CharacterForms.ALSO_SIMPLIFIED);
            }
            table.append(traditional).append(simplified).append('\n');
        });
        return table.toString();
    }
}
