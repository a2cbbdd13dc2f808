package io.interviews.gateway.service;

/** The free text people add to a decision: a recruiter's note, a candidate's comment (length checked as input). */
final class Remarks {

    private Remarks() {
    }

    /** The remark without surrounding white space, or null when absent or blank. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
