package io.interviews.kit;

import io.interviews.events.InterviewErased;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * Erases an interview from this service: records it in {@code erased_interview}, deletes its outbox rows (published,
 * pending or parked: their payloads are personal) and lets every {@link PersonalData} bean delete its rows, all in
 * one transaction. From then on {@link Inbox} refuses the interview's events.
 */
@ApplicationScoped
public class Erasures {

    private static final Logger LOG = Logger.getLogger(Erasures.class);

    @Inject EntityManager entityManager;
    @Inject Instance<PersonalData> personalData;
    @Inject MeterRegistry meters;
    @Inject DataKeys dataKeys;

    /** Erases the interview unless this service already did; true when it did so now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erase(InterviewErased erasure) {
        dataKeys.forget(erasure.interviewId());
        int recorded = entityManager.createNativeQuery("""
                        insert into erased_interview (interview_id, erased_at, reason) values (:id, :at, :reason)
                        on conflict do nothing""")
                .setParameter("id", erasure.interviewId())
                .setParameter("at", erasure.occurredAt())
                .setParameter("reason", erasure.reason().name())
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        int outboxRows = entityManager.createNativeQuery("delete from outbox_message where record_key = :key")
                .setParameter("key", erasure.interviewId().toString())
                .executeUpdate();
        personalData.forEach(data -> data.erase(erasure));
        meters.counter("interview.erasures", "reason", erasure.reason().name()).increment();
        LOG.infof("Erased interview %s (%s): its rows and %d outbox rows deleted", erasure.interviewId(),
                erasure.reason(), outboxRows);
        return true;
    }

    /** When and why this service erased the interview; empty if it did not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ErasedInterview> find(UUID interviewId) {
        return ErasedInterview.findByIdOptional(interviewId);
    }
}
