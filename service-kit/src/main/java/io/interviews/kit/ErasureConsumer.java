package io.interviews.kit;

import io.interviews.events.InterviewErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every service's consumer of {@code interview.erasures}: the service forgets the interview (see {@link Erasures}). */
@ApplicationScoped
public class ErasureConsumer {

    @Inject Erasures erasures;

    @Incoming("erasures")
    @HandledOnce("erasures")
    public void onErased(InterviewErased erasure) {
        erasures.erase(erasure);
    }
}
