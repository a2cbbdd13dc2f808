package io.interviews.stage.ai;

import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailRequest;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import dev.langchain4j.invocation.InvocationParameters;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the model's notes into the notes the next prompt shows: no tags of their own, cut at a line or sentence end
 * within {@code notes-max-chars}. Whatever the model writes, the prompts do not grow with the interview.
 */
@ApplicationScoped
public class BoundedNotes implements OutputGuardrail {

    private static final String MAX_CHARS = "notes-max-chars";

    static InvocationParameters parameters(ModelAttempts attempts, int maxChars) {
        InvocationParameters parameters = attempts.parameters();
        parameters.put(MAX_CHARS, maxChars);
        return parameters;
    }

    @Override
    public OutputGuardrailResult validate(OutputGuardrailRequest request) {
        ModelAttempts.of(request).replied(request.responseFromLLM());
        int maxChars = request.requestParams().invocationContext().invocationParameters().get(MAX_CHARS);
        return successWith(bounded(request.responseFromLLM().aiMessage().text(), maxChars));
    }

    static String bounded(String notes, int maxChars) {
        String text = (notes == null ? "" : notes).replace('<', '‹').replace('>', '›').strip();
        if (text.length() <= maxChars) {
            return text;
        }
        String cut = text.substring(0, maxChars);
        int end = Math.max(cut.lastIndexOf('\n'), Math.max(cut.lastIndexOf(". "), cut.lastIndexOf('。')));
        return (end > maxChars / 2 ? cut.substring(0, end + 1) : cut).strip();
    }
}
