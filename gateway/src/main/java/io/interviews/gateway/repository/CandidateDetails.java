package io.interviews.gateway.repository;

import io.interviews.events.Candidate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The candidate as registered: {@link Candidate} of the interview's context. */
@Embeddable
public record CandidateDetails(
        @Column(name = "candidate_name") String name,
        @Column(name = "candidate_email") String email) {

    public static CandidateDetails of(Candidate candidate) {
        return new CandidateDetails(candidate.name(), candidate.email());
    }

    public Candidate toCandidate() {
        return new Candidate(name, email);
    }
}
