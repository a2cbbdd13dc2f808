package io.interviews.offer.service.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds salary figures in free text, in the forms candidates use: {@code 25K}, {@code 35K-45K}, {@code 35–45k},
 * {@code £55,000}, {@code 55,000 GBP}, {@code $120k}, {@code 年薪40万}, {@code 月薪2.5万}, {@code 30-35万},
 * {@code 2万到3万}, {@code £4,500 per month}. A number counts as a salary when it has a currency or a multiplier
 * (k, 千, 万, w, m) or when {@code salaryContext} says the text is about pay; the period comes from the words
 * around it (月薪, 年薪, per month, a year …).
 */
public final class SalaryParser {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String MULTIPLIER = "[kK千万wW]|[mM](?![a-zA-Z])";
    private static final String PREFIX_CURRENCY = "£|\\$|€|¥|￥|(?:RMB|CNY|GBP|USD|EUR)\\s?";
    private static final String SUFFIX_CURRENCY = "GBP|USD|EUR|CNY|RMB|元|块|(?:pounds?|dollars?|euros?)\\b";
    private static final String RANGE = "\\s*(?:-|–|—|~|～|到|至|to)\\s*";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.,])(?<cur1>" + PREFIX_CURRENCY + ")?(?<n1>" + NUMBER + ")\\s?(?<m1>" + MULTIPLIER + ")?"
                    + "(?:" + RANGE + "(?<cur2>" + PREFIX_CURRENCY + ")?(?<n2>" + NUMBER + ")\\s?(?<m2>" + MULTIPLIER
                    + ")?)?(?:\\s?(?<cur3>" + SUFFIX_CURRENCY + "))?(?![\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTHLY_AFTER = Pattern.compile(
            "^\\s*(?:/\\s*(?:month|mo|月)|每月|一个月|per\\s+month|a\\s+month|pcm|p\\.?m\\.?\\b|monthly)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNUAL_AFTER = Pattern.compile(
            "^\\s*(?:/\\s*(?:year|yr|年)|每年|一年|per\\s+(?:year|annum)|a\\s+year|p\\.?a\\.?\\b|annually|annual)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHLY_BEFORE = Pattern.compile("月薪|月入|月收入|每月|monthly|a month",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNUAL_BEFORE = Pattern.compile("年薪|年包|年收入|每年|annual|a year|per year",
            Pattern.CASE_INSENSITIVE);

    private SalaryParser() {
    }

    /** A figure and where it stands in the text. */
    public record Found(SalaryFigure figure, int start, int end) {
    }

    /** @param salaryContext true when the surrounding text is known to be about pay (bare numbers count then) */
    public static List<Found> findAll(String text, boolean salaryContext) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = FIGURE.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            String currency = currency(matcher.group("cur1"), matcher.group("cur2"), matcher.group("cur3"));
            String m1 = matcher.group("m1");
            String m2 = matcher.group("m2");
            long low = amount(matcher.group("n1"), m1 != null ? m1 : m2);
            long high = matcher.group("n2") == null ? low : amount(matcher.group("n2"), m2 != null ? m2 : m1);
            String before = text.substring(previousEnd, matcher.start());
            String after = text.substring(matcher.end());
            boolean marked = currency != null || m1 != null || m2 != null;
            // a bare number in a text about pay is a salary, unless it is a year ("2023年")
            boolean bareSalary = salaryContext && low >= 1000 && !after.startsWith("年");
            if (!(marked || bareSalary) || low <= 0 || high < low) {
                continue;
            }
            SalaryFigure.Period period = MONTHLY_AFTER.matcher(after).find() ? SalaryFigure.Period.MONTHLY
                    : ANNUAL_AFTER.matcher(after).find() ? SalaryFigure.Period.ANNUAL
                    : MONTHLY_BEFORE.matcher(before).find() ? SalaryFigure.Period.MONTHLY
                    : ANNUAL_BEFORE.matcher(before).find() ? SalaryFigure.Period.ANNUAL
                    : SalaryFigure.Period.UNSPECIFIED;
            found.add(new Found(new SalaryFigure(low, high, currency, period), matcher.start(), matcher.end()));
            previousEnd = matcher.end();
        }
        return found;
    }

    private static long amount(String number, String multiplier) {
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        if (multiplier != null) {
            value = value.multiply(BigDecimal.valueOf(switch (multiplier.toLowerCase(Locale.ROOT)) {
                case "k", "千" -> 1_000;
                case "万", "w" -> 10_000;
                case "m" -> 1_000_000;
                default -> throw new IllegalStateException("multiplier " + multiplier);
            }));
        }
        return value.longValue();
    }

    private static String currency(String... marks) {
        for (String mark : marks) {
            if (mark == null) {
                continue;
            }
            String normalized = mark.trim().toLowerCase(Locale.ROOT);
            if (normalized.equals("£") || normalized.startsWith("gbp") || normalized.startsWith("pound")) {
                return "GBP";
            }
            if (normalized.equals("$") || normalized.startsWith("usd") || normalized.startsWith("dollar")) {
                return "USD";
            }
            if (normalized.equals("€") || normalized.startsWith("eur")) {
                return "EUR";
            }
            return "CNY"; // ¥ ￥ RMB CNY 元 块
        }
        return null;
    }
}
