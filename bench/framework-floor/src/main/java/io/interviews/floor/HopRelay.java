package io.interviews.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import java.time.Instant;
import java.util.UUID;

/**
 * One hop as the services make it, with nothing of theirs: a record consumed, one row inserted and committed, the
 * record produced (acks=all) once the transaction has committed; the consumed offset is committed after that.
 */
@ApplicationScoped
public class HopRelay {

    @Incoming("in")
    @Outgoing("out")
    @Transactional
    public String relay(String payload) {
        Hop hop = new Hop();
        hop.id = UUID.randomUUID();
        hop.payload = payload;
        hop.handledAt = Instant.now();
        hop.persist();
        return payload;
    }
}
