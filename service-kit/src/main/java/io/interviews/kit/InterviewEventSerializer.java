package io.interviews.kit;

import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.charset.StandardCharsets;

/**
 * The mirror of {@link InterviewEventDeserializer}: the connector's dead-letter producer writes a decoded event
 * that a consumer could not handle with it (an undecodable record keeps its original bytes), its personal fields
 * sealed again as they came.
 */
public class InterviewEventSerializer implements Serializer<InterviewEvent> {

    @Override
    public byte[] serialize(String topic, InterviewEvent event) {
        if (event == null) {
            return null;
        }
        String json = DataKeys.inContainer()
                .map(keys -> EventCodec.encode(event, keys.current(event.interviewId())))
                .orElseGet(() -> EventCodec.encode(event));
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
