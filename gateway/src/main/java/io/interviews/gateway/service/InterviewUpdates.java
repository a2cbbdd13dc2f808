package io.interviews.gateway.service;

import io.interviews.gateway.service.InterviewUpdate.QuestionUpdate;
import io.interviews.gateway.service.InterviewUpdate.StatusUpdate;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hibernate.Session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Live read-model changes for the candidates following them (SSE), on every gateway replica. A change is
 * announced inside the transaction that makes it, as a PostgreSQL notification ({@link InterviewNotifications}),
 * which reaches every replica only once that transaction commits: a rolled-back or redelivered event is never
 * shown, and a candidate sees the changes whichever replica consumed them. Each replica then reads the interview's
 * committed state and sends its own followers what is new to them: the status if it changed, the open question if
 * it is another one.
 */
@ApplicationScoped
public class InterviewUpdates {

    private final Session session;
    private final CandidateInterviews interviews;
    private final ListeningConnections connections;
    private final Map<UUID, Set<Following>> followers = new ConcurrentHashMap<>();
    private ReplicaNotifications notifications;

    InterviewUpdates(Session session, CandidateInterviews interviews, ListeningConnections connections) {
        this.session = session;
        this.interviews = interviews;
        this.connections = connections;
    }

    /**
     * Announces {@code update} to every replica's followers once the current transaction commits. They are sent
     * the interview's state as committed then, which includes the update.
     */
    public void announce(InterviewUpdate update) {
        session.doWork(connection -> InterviewNotifications.notifyChanged(connection, update.interviewId()));
    }

    /**
     * Starts following the interview: the follower is first sent {@code current} (read now, e.g. after checking the
     * candidate's token; if it throws, nothing is followed), then every committed change; {@link Following#close()}
     * stops it. A change committed after this call is not missed.
     */
    public Following follow(UUID interviewId, Supplier<List<InterviewUpdate>> current) {
        Following follower = new Following(stopped -> followers.computeIfPresent(interviewId, (id, set) -> {
            set.remove(stopped);
            return set.isEmpty() ? null : set;
        }));
        followers.compute(interviewId, (id, set) -> {
            Set<Following> following = set != null ? set : ConcurrentHashMap.newKeySet();
            following.add(follower);
            return following;
        });
        try {
            follower.send(current);
        } catch (RuntimeException e) {
            follower.close();
            throw e;
        }
        return follower;
    }

    void startListening(@Observes StartupEvent started) {
        // after a (re)connection, notifications sent while disconnected are lost: catch every follower up
        notifications = InterviewNotifications.listen(connections.named("gateway-interview-updates"),
                this::sendChanges, () -> followers.keySet().forEach(this::sendChanges));
    }

    @PreDestroy
    void stopListening() {
        if (notifications != null) {
            notifications.close();
        }
    }

    private void sendChanges(UUID interviewId) {
        Set<Following> set = followers.get(interviewId);
        if (set != null) {
            for (Following follower : set) {
                follower.send(() -> interviews.state(interviewId));
            }
        }
    }

    /**
     * One candidate's subscription to one interview's updates. States are read and sent under its lock, one at a
     * time, so it is never sent an older state after a newer one.
     */
    public static final class Following implements AutoCloseable {

        private final UnicastProcessor<InterviewUpdate> updates = UnicastProcessor.create();
        private final Consumer<Following> unregister;
        private StatusUpdate lastStatus;
        private String lastQuestionId;
        private boolean closed;

        private Following(Consumer<Following> unregister) {
            this.unregister = unregister;
        }

        public Multi<InterviewUpdate> updates() {
            return updates;
        }

        private synchronized void send(Supplier<List<InterviewUpdate>> state) {
            if (closed) {
                return;
            }
            for (InterviewUpdate update : state.get()) {
                if (isNew(update)) {
                    updates.onNext(update);
                }
            }
        }

        private boolean isNew(InterviewUpdate update) {
            if (update instanceof QuestionUpdate question) {
                String questionId = question.question().questionId();
                boolean isNew = !questionId.equals(lastQuestionId);
                lastQuestionId = questionId;
                return isNew;
            }
            StatusUpdate status = (StatusUpdate) update;
            boolean isNew = !status.equals(lastStatus);
            lastStatus = status;
            return isNew;
        }

        @Override
        public void close() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                updates.onComplete();
            }
            unregister.accept(this);
        }
    }
}
