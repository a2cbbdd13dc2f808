package io.interviews.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** CloudEvents 1.0 Kafka binary-mode headers: the JSON event is the record value, attributes are headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /** Header values for one event emitted by {@code source} (e.g. {@code /interviewer-tech}). */
    public static Map<String, byte[]> of(InterviewEvent event, String source) {
        return of(event.eventId(), event.type(), source, event.occurredAt(), event.interviewId());
    }

    /** The same headers from an event's stored attributes; the subject is the interview id. */
    public static Map<String, byte[]> of(UUID eventId, String type, String source, Instant time, UUID interviewId) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, bytes("1.0"));
        headers.put(ID, bytes(eventId.toString()));
        headers.put(TYPE, bytes(type));
        headers.put(SOURCE, bytes(source));
        headers.put(TIME, bytes(time.toString()));
        headers.put(SUBJECT, bytes(interviewId.toString()));
        headers.put(CONTENT_TYPE, bytes("application/json"));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
