package io.interviews.stage.ai;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkiverse.langchain4j.ModelBuilderCustomizer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One HTTP attempt per model call. LangChain4j would otherwise retry a timed-out call inside our time bound (and
 * swallow the interrupt that ends it), so a call could take twice its timeout; retries are the brain's decision:
 * an unreadable grading is asked again, a slow model is replaced by the rubric brain.
 */
@ApplicationScoped
public class SingleAttemptChatModel implements ModelBuilderCustomizer<OpenAiChatModel.OpenAiChatModelBuilder> {

    @Override
    public void customize(OpenAiChatModel.OpenAiChatModelBuilder builder) {
        builder.maxRetries(0);
    }
}
