package io.interviews.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** JSON encoding of {@link InterviewEvent}s, the one wire format of the system. */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // unknown fields are tolerated so a producer may add optional fields within a version
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private EventCodec() {
    }

    /** A copy of the mapper behind the wire format, for keeping event records elsewhere (e.g. JSON columns) alike. */
    public static ObjectMapper objectMapper() {
        return MAPPER.copy();
    }

    public static String encode(InterviewEvent event) {
        try {
            return MAPPER.writerFor(InterviewEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.type(), e);
        }
    }

    /** Decodes a record value that must hold an event of {@code expected} type. */
    public static <T extends InterviewEvent> T decode(String json, Class<T> expected) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty record value, expected " + expected.getSimpleName());
        }
        InterviewEvent event;
        try {
            event = MAPPER.readValue(json, InterviewEvent.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("unparseable " + expected.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        if (!expected.isInstance(event)) {
            throw new InvalidEventException("expected " + expected.getSimpleName() + " but got " + event.type());
        }
        if (event.eventId() == null || event.interviewId() == null) {
            throw new InvalidEventException(event.type() + " without eventId or interviewId");
        }
        return expected.cast(event);
    }
}
