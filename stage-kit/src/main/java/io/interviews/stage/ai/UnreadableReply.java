package io.interviews.stage.ai;

/** A model's reply that is not the object its prompt asked for. Public: the evaluation reads replies as the service does. */
public final class UnreadableReply extends Exception {

    UnreadableReply(String reason) {
        super(reason);
    }
}
