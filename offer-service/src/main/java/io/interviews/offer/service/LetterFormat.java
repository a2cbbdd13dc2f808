package io.interviews.offer.service;

import io.interviews.events.Language;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates, money and percentiles are written in each letter language. */
public enum LetterFormat {
    EN(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK), Locale.UK),
    ZH(DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINA), Locale.CHINA);

    private final DateTimeFormatter dates;
    private final Locale locale;

    LetterFormat(DateTimeFormatter dates, Locale locale) {
        this.dates = dates;
        this.locale = locale;
    }

    public static LetterFormat of(Language language) {
        return language == Language.ZH ? ZH : EN;
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** "GBP 72,500". */
    public String money(long amount, String currency) {
        return currency + " " + NumberFormat.getIntegerInstance(locale).format(amount);
    }

    /** The role, location and level a benchmark row describes, wildcards in words. */
    public String benchmarkScope(Benchmark benchmark) {
        if (this == EN) {
            return benchmark.scope();
        }
        return String.join("，", any(benchmark.role()) ? "所有职位" : benchmark.role(),
                any(benchmark.location()) ? "所有地点" : benchmark.location(),
                any(benchmark.level()) ? "所有级别" : benchmark.level());
    }

    /** "66th" in English, "66" in Chinese (the template says 第…百分位). */
    public String percentile(double percentile) {
        long rounded = Math.round(percentile);
        if (this == ZH) {
            return Long.toString(rounded);
        }
        long lastTwo = rounded % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (rounded % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return rounded + suffix;
    }

    private static boolean any(String value) {
        return Benchmark.ANY.equals(value);
    }
}
