package io.interviews.offer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

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

    Company company();

    /** Who the letters come from. */
    interface Company {

        String name();

        /** Where the candidate writes back, e.g. an e-mail address. */
        String contact();
    }
}
