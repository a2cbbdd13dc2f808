package io.interviews.stage.ai;

import dev.langchain4j.guardrail.GuardrailException;
import io.interviews.events.DimensionRating;
import io.interviews.events.Language;
import io.interviews.events.RatingScale;
import io.interviews.stage.config.StageConfig;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.InjectionScreen;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.service.AnsweredQuestion;
import io.interviews.stage.service.CodeRunEvidence;
import io.interviews.stage.service.InterviewState;
import io.interviews.stage.service.Interviewer;
import io.interviews.stage.service.ModelCall;
import io.interviews.stage.service.QuestionGrade;
import io.interviews.stage.service.StageGrade;
import io.interviews.stage.service.Turn;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.langchain4j.ChatMemoryRemover;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code openai} brain: a model behind any OpenAI-compatible API phrases the questions and follow-ups and
 * grades each finished question, and every answer it gives is checked. The bank still decides what is asked
 * (question ids, order, topics) and the rubric brain stands behind every call: when the model is slow, down or
 * says something unusable, the interview goes on with the rubric brain's question or rating.
 */
public final class ModelBrain implements Interviewer {

    public static final String NAME = "openai";
    private static final Logger LOG = Logger.getLogger(ModelBrain.class);

    private final RubricInterviewer rubric;
    private final InterviewerVoice voice;
    private final AnswerGrader grader;
    private final InterviewNotes notes;
    private final StageConfig.OpenAi settings;
    private final ModelUsage usage;

    public ModelBrain(RubricInterviewer rubric, InterviewerVoice voice, AnswerGrader grader, InterviewNotes notes,
                      StageConfig.OpenAi settings, MeterRegistry meters) {
        this.rubric = rubric;
        this.voice = voice;
        this.grader = grader;
        this.notes = notes;
        this.settings = settings;
        this.usage = new ModelUsage(meters, rubric.stage());
    }

    @Override
    public String brain() {
        return NAME;
    }

    @Override
    public RubricInterviewer rubric() {
        return rubric;
    }

    @Override
    public Turn next(InterviewState state) {
        List<ModelCall> calls = new ArrayList<>();
        QuestionBank bank = rubric.stageBank().bank(state.language());
        Ask answered = state.answered();
        String answer = state.latest().exchange().answer();
        String quotedAnswer = CandidateText.quote(InjectionScreen.screen(answer).forModel(), settings.answerMaxChars());
        String notes = updatedNotes(state, quotedAnswer, calls);
        Optional<Ask> nextMain = rubric.nextMainQuestion(state.language(), answered);

        if (answered.followUp()) {
            return new Turn(nextMain.map(ask -> phrased(ask, nextQuestion(bank, state.language(), notes, ask, calls))),
                    notes, calls);
        }
        String plan = nextMain
                .map(ask -> "Otherwise set followUp to false and ask the next planned question in your own words, keeping "
                        + "its meaning: " + ask.text())
                .orElse("Otherwise set followUp to false: that was the last planned question, so leave question empty.");
        ModelAttempts attempts = new ModelAttempts(ModelCall.QUESTION, 1);
        try {
            InterviewerReply reply = voice.afterAnswer(bank.persona(), GradingPrompt.languageName(state.language()), notes,
                    answered.text(), quotedAnswer, plan,
                    AskableQuestion.parameters(attempts, settings.questionMaxChars(), nextMain.isEmpty()));
            calls.addAll(usage.count(attempts));
            if (!reply.followUp() && nextMain.isEmpty()) {
                return new Turn(Optional.empty(), notes, calls);
            }
            Question question = bank.question(answered.questionId()).orElseThrow();
            return new Turn(Optional.of(reply.followUp()
                    ? new Ask(question.followUpId(), reply.question().strip(), true, answered.number(), answered.plannedQuestions())
                    : phrased(nextMain.get(), Optional.of(reply.question()))), notes, calls);
        } catch (RuntimeException e) {
            calls.addAll(failed(attempts, e));
            LOG.warnf("Interview %s: the model's question after %s was not asked (%s); the bank decides",
                    state.interviewId(), answered.questionId(), why(attempts, e));
        }
        return new Turn(rubric.next(state.language(), answered, answer), notes, calls);
    }

    @Override
    public Optional<QuestionGrade> gradeQuestion(InterviewState state, String questionId) {
        QuestionBank bank = rubric.stageBank().bank(state.language());
        Question question = bank.question(questionId).orElseThrow();
        List<AnsweredQuestion> entries = state.about(questionId);
        GradingPrompt prompt = GradingPrompt.of(state.language(), bank, question,
                entries.stream().map(entry -> entry.exchange().answer()).toList(),
                entries.stream().flatMap(entry -> entry.codeRuns().stream()).toList(), settings.answerMaxChars());
        Set<String> expected = Set.copyOf(GradeCheck.dimensionsRatedBy(bank, question));
        ModelAttempts attempts = new ModelAttempts(ModelCall.GRADING, settings.gradingAttempts());
        UUID call = UUID.randomUUID();
        try {
            GradingReply reply = grader.grade(call, prompt.language(), prompt.rubric(), prompt.question(), prompt.answers(),
                    prompt.codeRuns(), ReadableGrading.parameters(attempts, expected));
            return Optional.of(new QuestionGrade(questionId, QuestionGrade.Outcome.RATED, reply.judgements(), "",
                    usage.count(attempts)));
        } catch (GuardrailException e) {
            List<ModelCall> calls = usage.count(attempts);
            LOG.warnf("Interview %s: unreadable grading of %s after %d attempts: %s", state.interviewId(), questionId,
                    calls.size(), attempts.problem());
            return Optional.of(new QuestionGrade(questionId, QuestionGrade.Outcome.UNPARSEABLE, List.of(),
                    attempts.problem() + ", after " + calls.size() + " attempts", calls));
        } catch (RuntimeException e) {
            return Optional.of(new QuestionGrade(questionId, QuestionGrade.Outcome.UNAVAILABLE, List.of(),
                    ModelAttempts.outcome(e), failed(attempts, e)));
        } finally {
            ChatMemoryRemover.remove(grader, call);
        }
    }

    @Override
    public StageGrade grade(InterviewState state) {
        Map<String, QuestionGrade> grades = new LinkedHashMap<>(state.grades());
        List<QuestionGrade> made = new ArrayList<>();
        for (String questionId : state.mainQuestionsAsked()) {
            if (!grades.containsKey(questionId)) {
                QuestionGrade grade = gradeQuestion(state, questionId).orElseThrow();
                grades.put(questionId, grade);
                made.add(grade);
            }
        }
        QuestionBank bank = rubric.stageBank().bank(state.language());
        GradeCheck.Rated rated = GradeCheck.rate(rubric.stageBank(), state, grades, rubric.rater());
        List<DimensionRating> ratings = CodeRunEvidence.attach(bank, state, rated.ratings());
        return new StageGrade(RatingScale.stageScore(ratings), ratings, rated.reviewReasons(), made);
    }

    private String updatedNotes(InterviewState state, String quotedAnswer, List<ModelCall> calls) {
        ModelAttempts attempts = new ModelAttempts(ModelCall.NOTES, 1);
        try {
            String notes = this.notes.update(state.notes(), state.answered().text(), quotedAnswer, settings.notesMaxChars(),
                    BoundedNotes.parameters(attempts, settings.notesMaxChars()));
            calls.addAll(usage.count(attempts));
            return notes;
        } catch (RuntimeException e) {
            calls.addAll(failed(attempts, e));
            return state.notes();
        }
    }

    private Optional<String> nextQuestion(QuestionBank bank, Language language, String notes, Ask next, List<ModelCall> calls) {
        ModelAttempts attempts = new ModelAttempts(ModelCall.QUESTION, 1);
        try {
            InterviewerReply reply = voice.nextQuestion(bank.persona(), GradingPrompt.languageName(language), notes,
                    next.text(), AskableQuestion.parameters(attempts, settings.questionMaxChars(), false));
            calls.addAll(usage.count(attempts));
            return Optional.of(reply.question());
        } catch (RuntimeException e) {
            calls.addAll(failed(attempts, e));
            return Optional.empty();
        }
    }

    /**
     * The calls of an invocation that gave no usable answer: the replies its guardrail refused, or, when the model
     * did not answer, the failure.
     */
    private List<ModelCall> failed(ModelAttempts attempts, RuntimeException error) {
        if (!(error instanceof GuardrailException)) {
            LOG.warnf("Model call failed (%s): %s", ModelAttempts.outcome(error), error.getMessage());
            attempts.failed(error);
        }
        return usage.count(attempts);
    }

    private static String why(ModelAttempts attempts, RuntimeException error) {
        return error instanceof GuardrailException ? attempts.problem() : ModelAttempts.outcome(error);
    }

    /** The bank's question, in the model's words when it gave acceptable ones. */
    private static Ask phrased(Ask bankQuestion, Optional<String> words) {
        return words.map(text -> new Ask(bankQuestion.questionId(), text.strip(), false, bankQuestion.number(),
                bankQuestion.plannedQuestions())).orElse(bankQuestion);
    }
}
