package io.interviews.offer.service;

import io.interviews.events.LetterKind;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last look before a letter is stored (docs/architecture.md, "Offers and human decisions"): no unfilled
 * placeholder of any bracket style, an offer's start date after the letter date, and no negative finding in an offer.
 */
public final class LetterCheck {

    /** {name}, [Company name], 【公司名称】, ［…］, ｛…｝ — whatever a template or a model leaves behind. */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{[^{}\\n]*}|\\[[^\\[\\]\\n]*]|【[^】\\n]*】|［[^］\\n]*］|｛[^｝\\n]*｝");

    private static final Pattern NEGATIVE_EN = Pattern.compile("\\b(" + String.join("|", List.of(
            "weak(ness|nesses)?", "lack(s|ing|ed)?", "poor(ly)?", "concerns?", "insufficient(ly)?", "fail(s|ed|ing)?",
            "below expectations", "improve(ment|ments)?", "areas? to develop", "shortcomings?", "red flags?",
            "no hire", "borderline", "human review", "needs review")) + ")\\b");

    private static final List<String> NEGATIVE_ZH = List.of(
            "不足", "欠缺", "缺乏", "薄弱", "较差", "不佳", "改进", "待提高", "有待", "未达", "不合格", "短板", "复核", "疑虑");

    private LetterCheck() {
    }

    /** @throws LetterRefusedException naming the first problem found */
    public static void verify(LetterDraft draft) {
        Matcher placeholder = PLACEHOLDER.matcher(draft.markdown());
        if (placeholder.find()) {
            refuse(draft, "unfilled placeholder '" + placeholder.group() + "'");
        }
        if (draft.kind() != LetterKind.OFFER) {
            return;
        }
        if (draft.startDate() == null || !draft.startDate().isAfter(draft.letterDate())) {
            refuse(draft, "start date " + draft.startDate() + " is not after the letter date " + draft.letterDate());
        }
        Matcher negative = NEGATIVE_EN.matcher(draft.markdown().toLowerCase(Locale.ROOT));
        if (negative.find()) {
            refuse(draft, "negative finding '" + negative.group() + "' in an offer");
        }
        for (String phrase : NEGATIVE_ZH) {
            if (draft.markdown().contains(phrase)) {
                refuse(draft, "negative finding '" + phrase + "' in an offer");
            }
        }
    }

    private static void refuse(LetterDraft draft, String reason) {
        throw new LetterRefusedException(draft.kind().name().toLowerCase(Locale.ROOT) + " letter ("
                + draft.language().code() + ") refused: " + reason);
    }
}
