package io.interviews.stage.ai;

import dev.langchain4j.service.Result;
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
import io.interviews.stage.service.Judgement;
import io.interviews.stage.service.ModelCall;
import io.interviews.stage.service.QuestionGrade;
import io.interviews.stage.service.StageGrade;
import io.interviews.stage.service.Turn;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final ModelCalls model;
    private final StageConfig.OpenAi settings;
    private final ModelUsage usage;

    public ModelBrain(RubricInterviewer rubric, ModelCalls model, StageConfig.OpenAi settings, MeterRegistry meters) {
        this.rubric = rubric;
        this.model = model;
        this.settings = settings;
        this.usage = new ModelUsage(meters, rubric.stage());
    }

    @Override
    public String brain() {
        return NAME;
    }

    @Override
    public String stage() {
        return rubric.stage();
    }

    @Override
    public String rubricVersion() {
        return rubric.rubricVersion();
    }

    @Override
    public Ask opening(Language language) {
        return rubric.opening(language);
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
        long started = System.nanoTime();
        try {
            Result<String> result = model.afterAnswer(bank.persona(), GradingPrompt.languageName(state.language()), notes,
                    answered.text(), quotedAnswer, plan);
            ModelReplies.InterviewerReply reply = ModelReplies.interviewer(result.content());
            if (!reply.followUp() && nextMain.isEmpty()) {
                calls.add(usage.answered(ModelCall.QUESTION, "ok", result, started));
                return new Turn(Optional.empty(), notes, calls);
            }
            Optional<String> problem = QuestionCheck.problem(reply.question(), settings.questionMaxChars());
            calls.add(usage.answered(ModelCall.QUESTION, problem.isPresent() ? "rejected" : "ok", result, started));
            if (problem.isEmpty()) {
                Question question = bank.question(answered.questionId()).orElseThrow();
                return new Turn(Optional.of(reply.followUp()
                        ? new Ask(question.followUpId(), reply.question().strip(), true, answered.number(), answered.plannedQuestions())
                        : phrased(nextMain.get(), Optional.of(reply.question()))), notes, calls);
            }
            LOG.warnf("Interview %s: the model's question after %s was not asked (%s); the bank decides",
                    state.interviewId(), answered.questionId(), problem.get());
        } catch (ModelReplies.UnparseableReply e) {
            calls.add(new ModelCall(ModelCall.QUESTION, "unparseable", 0, 0, 0));
            LOG.warnf("Interview %s: unreadable interviewer reply (%s); the bank decides", state.interviewId(), e.getMessage());
        } catch (RuntimeException e) {
            calls.add(usage.failed(ModelCall.QUESTION, e, started));
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
        HashSet<String> expected = new HashSet<>(GradeCheck.dimensionsRatedBy(bank, question));
        List<ModelCall> calls = new ArrayList<>();
        String reason = "";
        for (int attempt = 1; attempt <= settings.gradingAttempts(); attempt++) {
            long started = System.nanoTime();
            Result<String> result;
            try {
                result = model.grade(prompt.language(), prompt.rubric(), prompt.question(), prompt.answers(),
                        prompt.codeRuns());
            } catch (RuntimeException e) {
                calls.add(usage.failed(ModelCall.GRADING, e, started));
                return Optional.of(new QuestionGrade(questionId, QuestionGrade.Outcome.UNAVAILABLE, List.of(),
                        ModelUsage.outcome(e), calls));
            }
            try {
                List<Judgement> judgements = ModelReplies.judgements(result.content(), expected);
                calls.add(usage.answered(ModelCall.GRADING, "ok", result, started));
                return Optional.of(new QuestionGrade(questionId, QuestionGrade.Outcome.RATED, judgements, "", calls));
            } catch (ModelReplies.UnparseableReply e) {
                calls.add(usage.answered(ModelCall.GRADING, "unparseable", result, started));
                reason = e.getMessage();
                LOG.warnf("Interview %s: unreadable grading of %s, attempt %d of %d: %s", state.interviewId(), questionId,
                        attempt, settings.gradingAttempts(), reason);
            }
        }
        return Optional.of(new QuestionGrade(questionId, QuestionGrade.Outcome.UNPARSEABLE, List.of(),
                reason + ", after " + settings.gradingAttempts() + " attempts", calls));
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
        GradeCheck.Rated rated = GradeCheck.rate(bank, rubric.stageBank().exemplars(state.language()), state, grades,
                rubric.rater());
        List<DimensionRating> ratings = CodeRunEvidence.attach(bank, state, rated.ratings());
        return new StageGrade(RatingScale.stageScore(ratings), ratings, rated.reviewReasons(), made);
    }

    private String updatedNotes(InterviewState state, String quotedAnswer, List<ModelCall> calls) {
        long started = System.nanoTime();
        try {
            Result<String> result = model.updateNotes(state.notes(), state.answered().text(), quotedAnswer,
                    settings.notesMaxChars());
            calls.add(usage.answered(ModelCall.NOTES, "ok", result, started));
            return boundedNotes(result.content(), settings.notesMaxChars());
        } catch (RuntimeException e) {
            calls.add(usage.failed(ModelCall.NOTES, e, started));
            return state.notes();
        }
    }

    private Optional<String> nextQuestion(QuestionBank bank, Language language, String notes, Ask next, List<ModelCall> calls) {
        long started = System.nanoTime();
        try {
            Result<String> result = model.nextQuestion(bank.persona(), GradingPrompt.languageName(language), notes,
                    next.text());
            String question = ModelReplies.interviewer(result.content()).question();
            Optional<String> problem = QuestionCheck.problem(question, settings.questionMaxChars());
            calls.add(usage.answered(ModelCall.QUESTION, problem.isPresent() ? "rejected" : "ok", result, started));
            return problem.isPresent() ? Optional.empty() : Optional.of(question);
        } catch (ModelReplies.UnparseableReply e) {
            calls.add(new ModelCall(ModelCall.QUESTION, "unparseable", 0, 0, 0));
            return Optional.empty();
        } catch (RuntimeException e) {
            calls.add(usage.failed(ModelCall.QUESTION, e, started));
            return Optional.empty();
        }
    }

    /** The bank's question, in the model's words when it gave acceptable ones. */
    private static Ask phrased(Ask bankQuestion, Optional<String> words) {
        return words.map(text -> new Ask(bankQuestion.questionId(), text.strip(), false, bankQuestion.number(),
                bankQuestion.plannedQuestions())).orElse(bankQuestion);
    }

    /** The notes as the next prompt will show them: no tags of their own, cut at a line or sentence end. */
    static String boundedNotes(String notes, int maxChars) {
        String text = (notes == null ? "" : notes).replace('<', '‹').replace('>', '›').strip();
        if (text.length() <= maxChars) {
            return text;
        }
        String cut = text.substring(0, maxChars);
        int end = Math.max(cut.lastIndexOf('\n'), Math.max(cut.lastIndexOf(". "), cut.lastIndexOf('。')));
        return (end > maxChars / 2 ? cut.substring(0, end + 1) : cut).strip();
    }
}
