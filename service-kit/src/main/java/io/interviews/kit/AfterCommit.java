package io.interviews.kit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Defers work (waking the outbox relay, counting a committed change) until the current transaction commits,
 * through a CDI transactional observer; a rolled-back transaction runs none of it.
 */
@ApplicationScoped
public class AfterCommit {

    @Inject Event<Deferred> deferred;

    @Transactional(Transactional.TxType.MANDATORY)
    public void run(Runnable action) {
        deferred.fire(new Deferred(action));
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Deferred committed) {
        committed.action().run();
    }

    record Deferred(Runnable action) {
    }
}
