package io.interviews.gateway.repository;

/**
 * Where an interview stands. It only moves forward: a status of a later step never goes back to an earlier
 * one, and the two letters sent ({@link #OFFER_SENT}, {@link #FEEDBACK_SENT}) and the two outcomes
 * ({@link #HIRED}, {@link #TALENT_POOL}) are alternatives of the same step, never followed by each other.
 */
public enum InterviewStatus {
    /** Stages are running; the candidate answers questions. */
    IN_PROGRESS(0),
    /** Every planned stage completed; waiting for the total score. */
    SCORING(1),
    /** A letter has been drafted; a recruiter decides before anything reaches the candidate. */
    AWAITING_DECISION(2),
    /** The approved offer was sent; the candidate accepts or declines it. */
    OFFER_SENT(3),
    /** The approved feedback letter was sent; the application ends in the talent pool. */
    FEEDBACK_SENT(3),
    /** The candidate accepted the offer. */
    HIRED(4),
    /** The application ended without a hire: offer declined, letter rejected, or feedback sent. */
    TALENT_POOL(4);

    private final int step;

    InterviewStatus(int step) {
        this.step = step;
    }

    public boolean isBefore(InterviewStatus other) {
        return step < other.step;
    }
}
