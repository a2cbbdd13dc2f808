package io.interviews.stage.ai;

/**
 * What {@link InterviewerVoice} answers: whether it probes the last answer, and the question to ask.
 *
 * @param followUp absent means false
 */
public record InterviewerReply(Boolean followUp, String question) {

    public InterviewerReply {
        followUp = Boolean.TRUE.equals(followUp);
    }

    static InterviewerReply read(String text) throws UnreadableReply {
        InterviewerReply reply = ReplyJson.read(text, InterviewerReply.class);
        if (reply.question() == null) {
            throw new UnreadableReply("no \"question\" string");
        }
        return reply;
    }
}
