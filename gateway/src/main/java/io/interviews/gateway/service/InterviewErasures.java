package io.interviews.gateway.service;

import io.interviews.events.InterviewErased;
import io.interviews.events.Topics;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.kit.ErasedInterview;
import io.interviews.kit.Erasures;
import io.interviews.kit.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Erases interviews (GDPR Art. 17): the gateway forgets the interview at once, in the request's transaction, and
 * announces it on {@code interview.erasures}, from which every other service deletes its rows. An erased interview
 * answers 410 Gone wherever it was asked for.
 */
@ApplicationScoped
public class InterviewErasures {

    @Inject InterviewRepository interviews;
    @Inject Erasures erasures;
    @Inject Outbox outbox;

    /** When and why an interview was erased. */
    public record Erasure(UUID interviewId, Instant erasedAt, InterviewErased.Reason reason) {

        static Erasure of(ErasedInterview erased) {
            return new Erasure(erased.interviewId, erased.erasedAt, erased.reason);
        }
    }

    /** Erases one interview; erasing it again answers the first erasure. 404 for an interview never registered. */
    @Transactional
    public Erasure erase(UUID interviewId, InterviewErased.Reason reason) {
        Optional<Erasure> earlier = erasures.find(interviewId).map(Erasure::of);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // the row lock makes a concurrent erasure of the same interview wait, then find the first one's record
        if (interviews.findForUpdate(interviewId).isEmpty()) {
            return erasures.find(interviewId).map(Erasure::of).orElseThrow(InterviewErasures::unknownInterview);
        }
        // at the database's precision, so the answer and every later read of the erasure agree
        InterviewErased erasure = new InterviewErased(UUID.randomUUID(), interviewId,
                Instant.now().truncatedTo(ChronoUnit.MICROS), reason);
        erasures.erase(erasure);
        outbox.add(Topics.ERASURES, erasure);
        return new Erasure(interviewId, erasure.occurredAt(), reason);
    }

    /** Erases every interview of the candidate with this email (ignoring case); 404 when there is none. */
    @Transactional
    public List<Erasure> eraseCandidate(String email, InterviewErased.Reason reason) {
        List<UUID> ids = interviews.idsOfCandidate(email);
        if (ids.isEmpty()) {
            throw new RequestRejected(Status.NOT_FOUND, "no interview of a candidate with this email");
        }
        return ids.stream().map(id -> erase(id, reason)).toList();
    }

    /** The refusal for an interview that is not here: 410 Gone if it was erased (saying when), else 404. */
    public RequestRejected absent(UUID interviewId) {
        return absent(interviewId, unknownInterview());
    }

    /**
     * The refusal for an interview that is not here: 410 Gone if it was erased (saying when), else {@code unknown}.
     */
    @Transactional
    public RequestRejected absent(UUID interviewId, RequestRejected unknown) {
        return erasures.find(interviewId)
                .map(erased -> new RequestRejected(Status.GONE, "the interview was erased at " + erased.erasedAt
                        + " (" + erased.reason.name().toLowerCase(Locale.ROOT) + "): its personal data is deleted")
                        .withCode("interview_erased"))
                .orElse(unknown);
    }

    private static RequestRejected unknownInterview() {
        return new RequestRejected(Status.NOT_FOUND, "interview not found");
    }
}
