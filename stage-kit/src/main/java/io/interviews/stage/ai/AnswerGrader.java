package io.interviews.stage.ai;

import dev.langchain4j.guardrail.OutputGuardrailException;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.guardrail.OutputGuardrails;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Rates one question's answers against the anchored rubric: ratings with verbatim evidence, read and asked again
 * when unreadable by {@link ReadableGrading}, checked before they count by {@link GradeCheck}. The prompt is
 * {@link GradingPrompt}.
 * <p>
 * Every model call is bounded in time ({@code interview.stage.openai.timeout-seconds}, set through
 * {@code quarkus.fault-tolerance.global.timeout.value}; for a grading, all of its attempts together) and, after
 * repeated failures, the circuit opens, so that answers fall back to the rubric brain at once instead of waiting for a
 * dead endpoint. An unreadable reply is not a failure of the endpoint. The memory holds one grading's exchange only
 * (each call its own id, removed after the call): asking again shows the model what it said and why it was refused.
 */
@RegisterAiService
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = OutputGuardrailException.class)
public interface AnswerGrader {

    @SystemMessage(GradingPrompt.SYSTEM)
    @UserMessage(GradingPrompt.USER)
    @OutputGuardrails(value = ReadableGrading.class, maxRetries = ReadableGrading.MAX_ATTEMPTS)
    GradingReply grade(@MemoryId UUID call, String language, String rubric, String question, String answers,
                       String codeRuns, InvocationParameters checks);
}
