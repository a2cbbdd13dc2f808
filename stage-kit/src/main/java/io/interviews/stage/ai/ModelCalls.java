package io.interviews.stage.ai;

import dev.langchain4j.service.Result;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;

/**
 * The only way to the model: every call is bounded in time ({@code interview.stage.openai.timeout-seconds}, set
 * through {@code io.interviews.stage.ai.ModelCalls/Timeout/value}) and, after repeated failures, the circuit opens
 * so that answers fall back to the rubric brain at once instead of waiting for a dead endpoint.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
public class ModelCalls {

    private final InterviewerVoice voice;
    private final AnswerGrader grader;
    private final InterviewNotes notes;

    ModelCalls(InterviewerVoice voice, AnswerGrader grader, InterviewNotes notes) {
        this.voice = voice;
        this.grader = grader;
        this.notes = notes;
    }

    public Result<String> afterAnswer(String persona, String language, String notes, String question, String answer,
                                      String plan) {
        return voice.afterAnswer(persona, language, notes, question, answer, plan);
    }

    public Result<String> nextQuestion(String persona, String language, String notes, String nextQuestion) {
        return voice.nextQuestion(persona, language, notes, nextQuestion);
    }

    public Result<String> grade(String language, String rubric, String question, String answers, String codeRuns) {
        return grader.grade(language, rubric, question, answers, codeRuns);
    }

    public Result<String> updateNotes(String previous, String question, String answer, int maxChars) {
        return notes.update(previous, question, answer, maxChars);
    }
}
