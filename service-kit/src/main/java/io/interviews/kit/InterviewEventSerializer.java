package io.interviews.kit;

import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.charset.StandardCharsets;

/**
 * The mirror of {@link InterviewEventDeserializer}: the connector's dead-letter producer writes a decoded event
 * that a consumer could not handle with it (an undecodable record keeps its original bytes).
 */
public class InterviewEventSerializer implements Serializer<InterviewEvent> {

    @Override
    public byte[] serialize(String topic, InterviewEvent event) {
        return event == null ? null : EventCodec.encode(event).getBytes(StandardCharsets.UTF_8);
    }
}
