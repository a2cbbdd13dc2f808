package io.interviews.stage.ai;

import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailRequest;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Lets a grading through only when it can be read: one JSON object rating every dimension the question rates with a
 * number ({@link GradingReply#read}). Otherwise the model is told why and asked again
 * ({@link GradingPrompt#reprompt}), up to {@code interview.stage.openai.grading-attempts} replies in all; then the
 * invocation fails with an {@code OutputGuardrailException}. Whether a readable rating can be trusted (its quotes,
 * its range) is {@link GradeCheck}'s decision, never a reason to ask again.
 */
@ApplicationScoped
public class ReadableGrading implements OutputGuardrail {

    /** The most replies the framework lets this guardrail ask for; {@code grading-attempts} may not exceed it. */
    public static final int MAX_ATTEMPTS = 4;

    private static final String EXPECTED = "expected-dimensions";

    static InvocationParameters parameters(ModelAttempts attempts, Set<String> expectedDimensions) {
        InvocationParameters parameters = attempts.parameters();
        parameters.put(EXPECTED, expectedDimensions);
        return parameters;
    }

    @Override
    public OutputGuardrailResult validate(OutputGuardrailRequest request) {
        ModelAttempts attempts = ModelAttempts.of(request);
        Set<String> expected = request.requestParams().invocationContext().invocationParameters().get(EXPECTED);
        ChatResponse response = request.responseFromLLM();
        try {
            GradingReply reply = GradingReply.read(response.aiMessage().text(), expected);
            attempts.replied(response);
            return successWith(response.aiMessage().text(), reply);
        } catch (UnreadableReply e) {
            attempts.refused("unparseable", e.getMessage(), response);
            return attempts.mayAskAgain() ? reprompt(e.getMessage(), GradingPrompt.reprompt(e.getMessage()))
                    : fatal(e.getMessage());
        }
    }
}
