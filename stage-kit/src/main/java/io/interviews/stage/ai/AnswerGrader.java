package io.interviews.stage.ai;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rates one question's answers against the anchored rubric and returns the ratings as JSON, with verbatim
 * evidence. What it says is checked before it counts (see {@link GradeCheck}). The prompt is {@link GradingPrompt}.
 */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
@ApplicationScoped
public interface AnswerGrader {

    @SystemMessage(GradingPrompt.SYSTEM)
    @UserMessage(GradingPrompt.USER)
    Result<String> grade(String language, String rubric, String question, String answers, String codeRuns);
}
