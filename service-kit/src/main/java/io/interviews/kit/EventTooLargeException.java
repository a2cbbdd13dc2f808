package io.interviews.kit;

import io.interviews.events.InterviewEvent;

/**
 * An event larger than the outbox's budget ({@code interview.outbox.max-event-size}). Thrown when the event is
 * stored, so the transaction that produced it rolls back and the failure names the event that caused it.
 */
public class EventTooLargeException extends IllegalStateException {

    EventTooLargeException(InterviewEvent event, long size, long budget) {
        super(event.type() + " " + event.eventId() + " of interview " + event.interviewId() + " is " + size
                + " bytes, over the event budget of " + budget + " bytes (interview.outbox.max-event-size)");
    }
}
