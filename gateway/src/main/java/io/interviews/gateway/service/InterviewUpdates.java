package io.interviews.gateway.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-process broadcast of read-model changes to the candidates following them (SSE). An update is announced
 * inside the transaction that makes it and delivered only once that transaction commits, so a rolled-back or
 * redelivered event is never shown.
 */
@ApplicationScoped
public class InterviewUpdates {

    private final Event<InterviewUpdate> announcements;
    private final Map<UUID, Set<UnicastProcessor<InterviewUpdate>>> followers = new ConcurrentHashMap<>();

    InterviewUpdates(Event<InterviewUpdate> announcements) {
        this.announcements = announcements;
    }

    /** Queues {@code update} for delivery after the current transaction commits. */
    public void announce(InterviewUpdate update) {
        announcements.fire(update);
    }

    /**
     * Starts collecting the interview's updates now (so nothing committed after this call is missed) and hands
     * them out to whoever subscribes to {@link Following#updates()}; {@link Following#close()} stops it.
     */
    public Following follow(UUID interviewId) {
        UnicastProcessor<InterviewUpdate> follower = UnicastProcessor.create();
        followers.compute(interviewId, (id, current) -> {
            Set<UnicastProcessor<InterviewUpdate>> set = current != null ? current : ConcurrentHashMap.newKeySet();
            set.add(follower);
            return set;
        });
        return new Following(follower, () -> {
            followers.computeIfPresent(interviewId, (id, set) -> {
                set.remove(follower);
                return set.isEmpty() ? null : set;
            });
            synchronized (follower) {
                follower.onComplete();
            }
        });
    }

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) InterviewUpdate update) {
        Set<UnicastProcessor<InterviewUpdate>> set = followers.get(update.interviewId());
        if (set != null) {
            for (UnicastProcessor<InterviewUpdate> follower : set) {
                // consumers of different topics commit concurrently; a processor takes one signal at a time
                synchronized (follower) {
                    follower.onNext(update);
                }
            }
        }
    }

    /** One candidate's subscription to one interview's updates. */
    public static final class Following implements AutoCloseable {

        private final Multi<InterviewUpdate> updates;
        private final Runnable stop;

        private Following(Multi<InterviewUpdate> updates, Runnable stop) {
            this.updates = updates;
            this.stop = stop;
        }

        public Multi<InterviewUpdate> updates() {
            return updates;
        }

        @Override
        public void close() {
            stop.run();
        }
    }
}
