package io.interviews.kit;

import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InvalidEventException;
import org.apache.kafka.common.serialization.Deserializer;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a record value into the {@link InterviewEvent} its topic carries, with its ids checked, so consumers
 * receive typed records. A value that is not such an event throws {@link InvalidEventException}; with the
 * connector defaults of service-kit the record then goes to the dead-letter topic with the message as reason.
 * The connector finds {@link InterviewEventSerializer} by name for that dead-letter producer. Sealed personal fields
 * are opened with the interview's data key ({@link DataKeys}); an erased interview's read {@code [erased]}.
 */
public class InterviewEventDeserializer implements Deserializer<InterviewEvent> {

    @Override
    public InterviewEvent deserialize(String topic, byte[] data) {
        List<Class<? extends InterviewEvent>> expected = TopicContract.typesOn(topic);
        String json = data == null ? null : new String(data, StandardCharsets.UTF_8);
        // one expected type: the codec names it in its messages ("unparseable AnswerSubmitted", "expected ...")
        Class<? extends InterviewEvent> decodedAs = expected.size() == 1 ? expected.get(0) : InterviewEvent.class;
        InterviewEvent event = DataKeys.inContainer()
                .<InterviewEvent>map(keys -> EventCodec.decode(json, decodedAs, keys::current))
                .orElseGet(() -> EventCodec.decode(json, decodedAs));
        if (!expected.contains(event.getClass())) {
            throw new InvalidEventException("unexpected " + event.type() + " on " + topic + " (expected "
                    + TopicContract.describe(expected) + ")");
        }
        return event;
    }
}
