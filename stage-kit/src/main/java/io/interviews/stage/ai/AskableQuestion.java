package io.interviews.stage.ai;

import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailRequest;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Lets the interviewer's reply through only when its question may be put to the candidate ({@link QuestionCheck}),
 * or when it ends the stage where that is allowed (no follow-up after the last planned question). Never asks again:
 * an unreadable or refused reply fails the invocation, and the bank decides what is asked.
 */
@ApplicationScoped
public class AskableQuestion implements OutputGuardrail {

    private static final String MAX_CHARS = "question-max-chars";
    private static final String MAY_END = "may-end-the-stage";

    /** @param mayEnd whether the reply may ask nothing (the last planned question was answered) */
    static InvocationParameters parameters(ModelAttempts attempts, int maxChars, boolean mayEnd) {
        InvocationParameters parameters = attempts.parameters();
        parameters.put(MAX_CHARS, maxChars);
        parameters.put(MAY_END, mayEnd);
        return parameters;
    }

    @Override
    public OutputGuardrailResult validate(OutputGuardrailRequest request) {
        ModelAttempts attempts = ModelAttempts.of(request);
        InvocationParameters parameters = request.requestParams().invocationContext().invocationParameters();
        ChatResponse response = request.responseFromLLM();
        InterviewerReply reply;
        try {
            reply = InterviewerReply.read(response.aiMessage().text());
        } catch (UnreadableReply e) {
            attempts.refused("unparseable", e.getMessage(), response);
            return fatal(e.getMessage());
        }
        boolean ends = !reply.followUp() && parameters.<Boolean>get(MAY_END);
        Optional<String> problem = ends ? Optional.empty() : QuestionCheck.problem(reply.question(), parameters.get(MAX_CHARS));
        if (problem.isPresent()) {
            attempts.refused("rejected", problem.get(), response);
            return fatal(problem.get());
        }
        attempts.replied(response);
        return successWith(response.aiMessage().text(), reply);
    }
}
