package io.interviews.kit;

import io.interviews.events.AnswerSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A consumer as the services write them, recording what it handled; an answer text of "refuse" fails it. */
@ApplicationScoped
public class RecordingAnswerConsumer {

    static final String REFUSED = "refuse";

    private final List<AnswerSubmitted> handled = new CopyOnWriteArrayList<>();

    @Incoming("answers")
    @Transactional
    @HandledOnce("kit-test")
    public void onAnswer(AnswerSubmitted answer) {
        if (REFUSED.equals(answer.text())) {
            throw new IllegalStateException("answer " + answer.eventId() + " refused");
        }
        handled.add(answer);
    }

    List<AnswerSubmitted> handled() {
        return List.copyOf(handled);
    }
}
