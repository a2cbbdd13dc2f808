package io.interviews.gateway.service;

/** The free text people add to a decision: a recruiter's note, a candidate's comment. */
final class Remarks {

    static final int MAX_LENGTH = 2000;

    private Remarks() {
    }

    /** The remark, or null when absent or blank; refused (400) when longer than {@link #MAX_LENGTH}. */
    static String optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            throw RequestRejected.invalid(field, "has " + length + " characters; at most " + MAX_LENGTH
                    + " are accepted");
        }
        return text.strip();
    }
}
