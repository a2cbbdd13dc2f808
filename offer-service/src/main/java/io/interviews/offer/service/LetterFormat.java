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

    public String count(int count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** How the benchmark's percentiles were obtained. */
    public String basis(Benchmark.Basis basis) {
        return switch (basis) {
            case SALARY_SURVEY -> this == EN ? "percentiles of the surveyed salaries" : "调研薪酬样本的百分位";
            case ADVERTISED_RANGES -> this == EN
                    ? "percentiles of the midpoints of the salary ranges in current job ads"
                    : "当前招聘广告薪资区间中点的百分位";
        };
    }

    /** The sentence that says where in its window the figure lies and what put it there. */
    public String placement(SalaryOffer salary) {
        String percentile = percentile(salary.percentile());
        if (this == EN) {
            return switch (salary.placement()) {
                case SCORE -> "Within the window the figure rises linearly with the result, which puts it at about"
                        + " the " + percentile + " percentile.";
                case EXPECTATION_MET -> "The figure meets the salary you told us you expect, which lies inside this"
                        + " window: about the " + percentile + " percentile.";
                case MIDWAY_TO_EXPECTATION -> "The figure lies halfway between the one your result gives and the"
                        + " salary you told us you expect: about the " + percentile + " percentile.";
                case RECRUITER -> "Our recruiting team set the figure inside this window: about the " + percentile
                        + " percentile.";
            };
        }
        return switch (salary.placement()) {
            case SCORE -> "在区间内薪酬随面试结果线性上升，约为第" + percentile + "百分位。";
            case EXPECTATION_MET -> "该薪酬满足了您提出的期望薪资（位于该区间内），约为第" + percentile + "百分位。";
            case MIDWAY_TO_EXPECTATION -> "该薪酬取面试结果对应的数值与您期望薪资的中间值，约为第" + percentile + "百分位。";
            case RECRUITER -> "该薪酬由招聘团队在该区间内确定，约为第" + percentile + "百分位。";
        };
    }

    /** "66th" in English, "66" in Chinese (the sentence says 第…百分位). */
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
