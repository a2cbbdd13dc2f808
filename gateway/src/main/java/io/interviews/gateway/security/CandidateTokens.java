package io.interviews.gateway.security;

import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.service.InterviewErasures;
import io.interviews.gateway.service.RequestRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The candidate's bearer token: 256 random bits, URL-safe base64, shown once in the invitation and stored only
 * as its SHA-256 hash. A missing or wrong token is answered like an unknown interview, so nobody learns
 * which interviews exist. It opens its interview until the invitation expires, and for good once the candidate
 * started; an erased interview answers 410 Gone to anyone (its token's hash went with it).
 */
@ApplicationScoped
public class CandidateTokens {

    private static final int TOKEN_BYTES = 32;
    private static final String BEARER = "bearer ";

    private final SecureRandom random = new SecureRandom();
    @Inject InterviewRepository interviews;
    @Inject InterviewErasures erasures;

    public String issue() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The interview the {@code Authorization: Bearer} header opens; 404 for anything else. */
    public Interview interview(UUID interviewId, String authorization) {
        return verified(interviewId, interviews.findByIdOptional(interviewId), authorization);
    }

    /** As {@link #interview}, with the interview's row locked until the transaction ends. */
    public Interview interviewForUpdate(UUID interviewId, String authorization) {
        return verified(interviewId, interviews.findForUpdate(interviewId), authorization);
    }

    /**
     * The interview if the token is its own, else 404; 410 if the invitation lapsed before the candidate started
     * (told only to the token's holder).
     */
    private Interview verified(UUID interviewId, Optional<Interview> interview, String authorization) {
        if (interview.isEmpty()) {
            throw erasures.absent(interviewId, unknownInterview());
        }
        Optional<String> token = bearerToken(authorization);
        if (token.isEmpty() || !MessageDigest.isEqual(
                hash(token.get()).getBytes(StandardCharsets.US_ASCII),
                interview.get().tokenHash.getBytes(StandardCharsets.US_ASCII))) {
            throw unknownInterview();
        }
        if (interview.get().invitationExpired(Instant.now())) {
            throw new RequestRejected(Status.GONE, "the invitation expired at " + interview.get().invitationExpiresAt
                    + " before the interview was started; ask the recruiter for a new invitation")
                    .withCode("invitation_expired");
        }
        return interview.get();
    }

    /** Made only when refusing: an exception captures its stack, and this check runs on every candidate request. */
    private static RequestRejected unknownInterview() {
        return new RequestRejected(Status.NOT_FOUND, "interview not found").withCode("unknown_interview");
    }

    /** The token of an {@code Authorization: Bearer <token>} header; empty for any other header or none. */
    public static Optional<String> bearerToken(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
