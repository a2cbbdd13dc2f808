package io.interviews.gateway.service;

import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.SelfIdentification;
import io.interviews.gateway.repository.SelfIdentificationRepository;
import io.interviews.gateway.rest.SelfIdentificationForm;
import io.interviews.gateway.security.CandidateTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * The candidate's voluntary self-identification for the bias audit: given (or replaced) with their consent and
 * withdrawn at any time. Nothing here is returned to anyone, emitted on a topic or shown on the interview.
 */
@ApplicationScoped
public class SelfIdentifications {

    @Inject CandidateTokens tokens;
    @Inject SelfIdentificationRepository selfIdentifications;

    /** Stores the candidate's answers, replacing any given before; on the interview's locked row, one at a time. */
    @Transactional
    public void record(UUID interviewId, String authorization, SelfIdentificationForm form) {
        Interview interview = tokens.interviewForUpdate(interviewId, authorization);
        SelfIdentification given = selfIdentifications.findByIdOptional(interview.id).orElse(null);
        boolean first = given == null;
        if (first) {
            given = new SelfIdentification();
            given.interviewId = interview.id;
        }
        given.sex = form.sex();
        given.raceEthnicity = form.raceEthnicity();
        given.ageBand = form.ageBand();
        given.consentedAt = Instant.now();
        if (first) {
            selfIdentifications.persist(given);
        }
    }

    /** Deletes the candidate's answers, if any: they are no longer in any audit. */
    @Transactional
    public void withdraw(UUID interviewId, String authorization) {
        Interview interview = tokens.interviewForUpdate(interviewId, authorization);
        selfIdentifications.deleteById(interview.id);
    }
}
