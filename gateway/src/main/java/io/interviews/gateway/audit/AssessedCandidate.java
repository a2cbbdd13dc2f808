package io.interviews.gateway.audit;

/** One candidate in one selection's sample: their self-identification (null: declined) and whether they were selected. */
public record AssessedCandidate(Sex sex, RaceEthnicity raceEthnicity, AgeBand ageBand, boolean selected) {
}
