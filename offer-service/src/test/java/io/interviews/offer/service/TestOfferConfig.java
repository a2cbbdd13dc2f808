package io.interviews.offer.service;

import io.interviews.offer.config.OfferConfig;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** The service's default letter settings, for tests that draft letters without Quarkus. */
record TestOfferConfig(ExpectedSalaryPolicy expectedSalaryPolicy) implements OfferConfig {

    @Override
    public double threshold() {
        return 60;
    }

    @Override
    public int noticeDays() {
        return 30;
    }

    @Override
    public int replyWorkingDays() {
        return 7;
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Company company() {
        return new Company() {
            @Override
            public String name() {
                return "Interview Systems Ltd";
            }

            @Override
            public String contact() {
                return "recruiting@example.com";
            }
        };
    }

    @Override
    public Adzuna adzuna() {
        return new Adzuna() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public Optional<String> appId() {
                return Optional.empty();
            }

            @Override
            public Optional<String> appKey() {
                return Optional.empty();
            }

            @Override
            public int resultsPerPage() {
                return 50;
            }

            @Override
            public int minimumSample() {
                return 5;
            }

            @Override
            public Map<String, String> countries() {
                return Map.of();
            }
        };
    }

    @Override
    public Pdf pdf() {
        return Optional::empty;
    }
}
