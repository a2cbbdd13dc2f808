package io.interviews.offer.config;

import io.interviews.offer.service.ExpectedSalaryPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "interview.offer")
public interface OfferConfig {

    /** A total at or above this gets an offer letter, below it a feedback letter. */
    @WithDefault("60")
    double threshold();

    /** Calendar days between the letter date and the earliest start date (moved on to a working day). */
    @WithDefault("30")
    int noticeDays();

    /** Working days (Monday–Friday) the candidate has to reply to an offer. */
    @WithDefault("7")
    int replyWorkingDays();

    /** Time zone in which letter dates are taken. */
    @WithDefault("UTC")
    ZoneId zone();

    /** How the candidate's expected salary moves an offer's figure inside its window. */
    @WithDefault("IGNORE")
    ExpectedSalaryPolicy expectedSalaryPolicy();

    Company company();

    Adzuna adzuna();

    Pdf pdf();

    /** Who the letters come from. */
    interface Company {

        String name();

        /** Where the candidate writes back, e.g. the recruiting team's e-mail address. */
        String contact();
    }

    /** Live salary benchmarks from Adzuna's job search API; the benchmark table is used when off or failing. */
    interface Adzuna {

        @WithDefault("false")
        boolean enabled();

        Optional<String> appId();

        Optional<String> appKey();

        /** Job ads asked for per search (Adzuna allows up to 50). */
        @WithDefault("50")
        int resultsPerPage();

        /** Fewer ads with a salary than this and the table is used instead. */
        @WithDefault("5")
        int minimumSample();

        /** Position location (lower case) → Adzuna country code, e.g. {@code london=gb}; others use the table. */
        Map<String, String> countries();
    }

    interface Pdf {

        /**
         * A TrueType/OpenType font (.ttf, .otf, or .ttc with {@code ,index}) with Chinese glyphs, embedded in PDF
         * letters instead of the Noto Sans SC font that document-kit bundles.
         */
        Optional<String> cjkFont();
    }
}
