package io.interviews.floor;

import java.util.UUID;

/** A record of the whole path: its own id (for the inbox), the interview it belongs to, and a text. */
record PathRecord(String recordId, UUID interviewId, String text) {

    static PathRecord next(UUID interviewId, String text) {
        return new PathRecord(UUID.randomUUID().toString(), interviewId, text);
    }

    static PathRecord parse(String value) {
        String[] parts = value.split(" ", 3);
        return new PathRecord(parts[0], UUID.fromString(parts[1]), parts[2]);
    }

    @Override
    public String toString() {
        return recordId + " " + interviewId + " " + text;
    }
}
