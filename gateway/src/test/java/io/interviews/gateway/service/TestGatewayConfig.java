package io.interviews.gateway.service;

import io.interviews.gateway.config.GatewayConfig;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The gateway's settings for unit tests: the documented defaults, with the default plan and the templates given. */
record TestGatewayConfig(List<String> defaultPlan, Map<String, List<String>> planTemplates) implements GatewayConfig {

    TestGatewayConfig(List<String> defaultPlan) {
        this(defaultPlan, Map.of());
    }

    static TestGatewayConfig defaults() {
        return new TestGatewayConfig(List.of("tech:0.4", "hr:0.3", "boss:0.3"));
    }

    @Override
    public String publicUrl() {
        return "http://localhost:8080";
    }

    @Override
    public Duration invitationValidity() {
        return Duration.ofDays(14);
    }

    @Override
    public boolean openRegistration() {
        return false;
    }

    @Override
    public String recruiterKey() {
        return "key";
    }

    @Override
    public String recruiterKeyName() {
        return "api-client";
    }

    @Override
    public Optional<List<String>> recruiters() {
        return Optional.empty();
    }

    @Override
    public String scoringUrl() {
        return "http://localhost:8084";
    }

    @Override
    public String offerUrl() {
        return "http://localhost:8085";
    }

    @Override
    public int maxAnswerLength() {
        return 10_000;
    }

    @Override
    public int maxAnswerBytes() {
        return 10_500;
    }

    @Override
    public Duration stallAfter() {
        return Duration.ofMinutes(2);
    }

    @Override
    public Duration letterStallAfter() {
        return Duration.ofMinutes(5);
    }

    @Override
    public Duration stallCheckInterval() {
        return Duration.ofSeconds(10);
    }

    @Override
    public Duration retentionPeriod() {
        return Duration.ofDays(730);
    }

    @Override
    public Duration retentionCheckInterval() {
        return Duration.ofHours(1);
    }

    @Override
    public Optional<Set<String>> metricStages() {
        return Optional.empty();
    }

    @Override
    public RateLimits rateLimits() {
        throw new UnsupportedOperationException("the unit tests take no requests");
    }
}
