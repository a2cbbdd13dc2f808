package io.interviews.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Function;

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

    /** The event with its {@link Personal} fields in clear (golden fixtures, tests, webhooks to HTTPS targets). */
    public static String encode(InterviewEvent event) {
        return encode(event, MAPPER.writerFor(InterviewEvent.class));
    }

    /**
     * The event with its {@link Personal} fields sealed with {@code key}, its interview's data key (with an erased
     * key they read {@value DataKey#ERASED}). What the services publish.
     */
    public static String encode(InterviewEvent event, DataKey key) {
        if (!key.interviewId().equals(event.interviewId())) {
            throw new IllegalArgumentException("the data key of interview " + key.interviewId() + " cannot seal an "
                    + "event of interview " + event.interviewId());
        }
        return encode(event, MAPPER.writerFor(InterviewEvent.class).withAttribute(DataKey.class, key));
    }

    private static String encode(InterviewEvent event, ObjectWriter writer) {
        try {
            return writer.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.type(), e);
        }
    }

    /**
     * Decodes a record value that must hold an event of {@code expected} type. Sealed {@link Personal} fields stay
     * sealed (operational tools read only the other fields).
     */
    public static <T extends InterviewEvent> T decode(String json, Class<T> expected) {
        return checked(read(json, expected, MAPPER.readerFor(InterviewEvent.class)), expected);
    }

    /**
     * Decodes like {@link #decode(String, Class)} and opens its sealed {@link Personal} fields with the data key
     * {@code keys} gives for the event's interview (asked only when the event has sealed fields).
     */
    public static <T extends InterviewEvent> T decode(String json, Class<T> expected,
                                                      Function<UUID, DataKey> keys) {
        ObjectReader reader = MAPPER.readerFor(InterviewEvent.class);
        if (json != null && json.contains(DataKey.SEALED_PREFIX)) {
            UUID interviewId = interviewIdOf(json, expected);
            reader = reader.withAttribute(DataKey.class, keys.apply(interviewId));
        }
        return checked(read(json, expected, reader), expected);
    }

    /**
     * The top-level {@code interviewId}, read as a stream up to that field (third in every event) rather than as a
     * tree of the whole event, which {@link #read} then parses once more.
     */
    private static UUID interviewIdOf(String json, Class<?> expected) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    boolean interviewId = "interviewId".equals(parser.currentName());
                    parser.nextToken();
                    if (interviewId) {
                        return UUID.fromString(parser.getValueAsString(""));
                    }
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw unparseable(expected, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // not a UUID: reported below, as a missing one is
        }
        throw new InvalidEventException(expected.getSimpleName() + " with sealed fields but no valid interviewId");
    }

    private static InterviewEvent read(String json, Class<?> expected, ObjectReader reader) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty record value, expected " + expected.getSimpleName());
        }
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw unparseable(expected, e);
        }
    }

    private static InvalidEventException unparseable(Class<?> expected, JsonProcessingException e) {
        return new InvalidEventException("unparseable " + expected.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }

    private static <T extends InterviewEvent> T checked(InterviewEvent event, Class<T> expected) {
        if (!expected.isInstance(event)) {
            throw new InvalidEventException("expected " + expected.getSimpleName() + " but got " + event.type());
        }
        if (event.eventId() == null || event.interviewId() == null) {
            throw new InvalidEventException(event.type() + " without eventId or interviewId");
        }
        return expected.cast(event);
    }
}
