package io.interviews.gateway.service;

import io.interviews.kit.DataKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * With sealing on, every interview has a row in the key table: one registered while
 * {@code interview.personal-data.sealed} was off gets a key at start-up, an erased one a row without key. Without it
 * no later event of the interview could be published (the outbox refuses to publish an interview it has no key for).
 * Migration {@code V15} did the same for the interviews before it; gateways starting together may both run it.
 */
@ApplicationScoped
public class MissingDataKeys {

    private static final Logger LOG = Logger.getLogger(MissingDataKeys.class);
    private static final String WITHOUT_ROW = " where not exists (select 1 from " + DataKeys.TABLE
            + " k where k.interview_id = %s)";

    @Inject DataKeys dataKeys;
    @Inject EntityManager entityManager;

    void onStart(@Observes StartupEvent started) {
        if (dataKeys.sealed()) {
            QuarkusTransaction.requiringNew().run(this::create);
        }
    }

    /** Rows for the interviews that have none (with sealing off {@link DataKeys} writes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void create() {
        List<UUID> unkeyed = ids("select i.id from interview i" + WITHOUT_ROW.formatted("i.id"));
        List<UUID> erased = ids("select e.interview_id from erased_interview e" + WITHOUT_ROW.formatted("e.interview_id"));
        unkeyed.forEach(dataKeys::create);
        erased.forEach(dataKeys::destroy);
        if (!unkeyed.isEmpty() || !erased.isEmpty()) {
            LOG.infof("Data keys created for %d interviews registered while sealing was off, %d erased ones marked",
                    unkeyed.size(), erased.size());
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String query) {
        return entityManager.createNativeQuery(query, UUID.class).getResultList();
    }
}
