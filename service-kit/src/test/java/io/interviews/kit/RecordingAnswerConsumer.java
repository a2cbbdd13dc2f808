package io.interviews.kit;

import io.interviews.events.AnswerSubmitted;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A consumer as the services write them, recording what it handled, how often it was called per event and on which
 * thread. An answer text of "refuse" fails it for good; "slow database N" times out in the database on the first N
 * attempts.
 */
@ApplicationScoped
public class RecordingAnswerConsumer {

    static final String INBOX = "kit-test";
    static final String REFUSED = "refuse";
    static final String SLOW_DATABASE = "slow database ";

    private final EntityManager entityManager;
    private final List<AnswerSubmitted> handled = new CopyOnWriteArrayList<>();
    private final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();
    private final Map<UUID, HandlingThread> threads = new ConcurrentHashMap<>();

    RecordingAnswerConsumer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Incoming("answers")
    @HandledOnce(INBOX)
    public void onAnswer(AnswerSubmitted answer) {
        int attempt = attempts.merge(answer.eventId(), 1, Integer::sum);
        threads.put(answer.eventId(),
                new HandlingThread(Thread.currentThread().getName(), BlockingOperationControl.isBlockingAllowed()));
        if (REFUSED.equals(answer.text())) {
            throw new IllegalStateException("answer " + answer.eventId() + " refused");
        }
        if (answer.text().startsWith(SLOW_DATABASE)
                && attempt <= Integer.parseInt(answer.text().substring(SLOW_DATABASE.length()))) {
            // a real statement timeout (SQLSTATE 57014), as Hibernate reports it
            entityManager.createNativeQuery("set local statement_timeout = 1").executeUpdate();
            entityManager.createNativeQuery("select pg_sleep(1)").getSingleResult();
        }
        handled.add(answer);
    }

    List<AnswerSubmitted> handled() {
        return List.copyOf(handled);
    }

    int attempts(AnswerSubmitted answer) {
        return attempts.getOrDefault(answer.eventId(), 0);
    }

    HandlingThread thread(AnswerSubmitted answer) {
        return threads.get(answer.eventId());
    }

    /** The thread an answer was handled on, and whether Quarkus lets it block (it does not on an event loop). */
    record HandlingThread(String name, boolean blockingAllowed) {
    }
}
