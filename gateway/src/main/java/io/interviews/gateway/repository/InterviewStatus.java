package io.interviews.gateway.repository;

/** Where an interview stands, in the only order it moves: it never goes back. */
public enum InterviewStatus {
    /** Stages are running; the candidate answers questions. */
    IN_PROGRESS,
    /** Every planned stage completed; waiting for the total score. */
    SCORING,
    /** A letter has been drafted; a recruiter decides before anything reaches the candidate. */
    AWAITING_DECISION;

    public boolean isBefore(InterviewStatus other) {
        return compareTo(other) < 0;
    }
}
