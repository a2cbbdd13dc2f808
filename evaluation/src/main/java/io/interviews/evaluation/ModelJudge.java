package io.interviews.evaluation;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.events.RatingScale;
import io.interviews.stage.ai.GradeCheck;
import io.interviews.stage.ai.GradingPrompt;
import io.interviews.stage.ai.GradingReply;
import io.interviews.stage.ai.UnreadableReply;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.Scorecard;
import io.interviews.stage.service.AnsweredQuestion;
import io.interviews.stage.service.InterviewState;
import io.interviews.stage.service.Judgement;
import io.interviews.stage.service.ModelCall;
import io.interviews.stage.service.QuestionGrade;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The openai brain's grading, measured: a model behind any OpenAI-compatible endpoint grades each answer with the
 * prompt the stage service sends ({@link GradingPrompt}), and its reply is read and checked by the service's own
 * code ({@link GradingReply}, {@link GradeCheck}): an unreadable reply is asked once more, a rating without a genuine
 * quote is not trusted, and the rubric brain's rating stands in wherever the model's does not. Each answer is graded
 * once; the synthetic stage interviews reuse its grade, as the service grades each question once.
 */
public final class ModelJudge implements AnswerJudge {

    /** The service's defaults ({@code StageConfig.OpenAi}): answers cut to this length, two grading attempts. */
    static final int ANSWER_MAX_CHARS = 4000;
    static final int GRADING_ATTEMPTS = 2;
    /** Grading reads nothing of a session but its answers and grades. */
    private static final UUID NO_SESSION = new UUID(0, 0);

    private final Map<String, RubricInterviewer> interviewers;
    private final String modelName;
    private final ChatModel model;
    /** By answer id: the model's grade, and the ratings it gives once checked as a stage of that one question. */
    private final Map<String, QuestionGrade> grades = new HashMap<>();
    private final Map<String, GradeCheck.Rated> checkedAlone = new HashMap<>();

    /** Temperature 0 and one HTTP attempt per call: an unreadable reply is asked again here, as in the service. */
    public ModelJudge(Map<String, RubricInterviewer> interviewers, String baseUrl, String modelName, String apiKey,
                      Duration timeout) {
        this.interviewers = interviewers;
        this.modelName = modelName;
        this.model = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(modelName).temperature(0.0)
                .timeout(timeout).maxRetries(0).build();
    }

    @Override
    public Map<String, RubricInterviewer> interviewers() {
        return interviewers;
    }

    @Override
    public Map<String, Double> rate(LabelledAnswer answer) {
        Map<String, Double> ratings = new TreeMap<>();
        checkedAlone(answer).ratings().stream().filter(rating -> answer.labels().containsKey(rating.dimension()))
                .forEach(rating -> ratings.put(rating.dimension(), (double) rating.rating()));
        return ratings;
    }

    /** As the service rates a finished stage: the checked ratings, {@link RatingScale#stageScore}, review if any reason. */
    @Override
    public Verdict stage(String stage, Language language, List<LabelledAnswer> chosen) {
        GradeCheck.Rated rated = check(stage, language, chosen);
        return new Verdict(RatingScale.stageScore(rated.ratings()), !rated.reviewReasons().isEmpty());
    }

    @Override
    public Optional<Report.ModelGrading> grading(List<LabelledAnswer> answers, List<Evaluation.StageRun> stageRuns) {
        List<QuestionGrade.Outcome> outcomes = answers.stream().map(answer -> grade(answer).outcome()).toList();
        int rated = count(outcomes, QuestionGrade.Outcome.RATED);
        int trusted = (int) answers.stream().filter(answer -> grade(answer).outcome() == QuestionGrade.Outcome.RATED
                && checkedAlone(answer).ratings().stream().allMatch(DimensionRating::trusted)).count();
        List<ModelCall> calls = answers.stream().flatMap(answer -> grade(answer).calls().stream()).toList();
        long toReview = stageRuns.stream().filter(Evaluation.StageRun::review).count();
        return Optional.of(new Report.ModelGrading(modelName, answers.size(), trusted, rated - trusted,
                count(outcomes, QuestionGrade.Outcome.UNPARSEABLE), count(outcomes, QuestionGrade.Outcome.UNAVAILABLE),
                stageRuns.size(), Report.rate(toReview, stageRuns.size()), calls.size(),
                calls.stream().mapToLong(ModelCall::inputTokens).sum(),
                calls.stream().mapToLong(ModelCall::outputTokens).sum()));
    }

    private static int count(List<QuestionGrade.Outcome> outcomes, QuestionGrade.Outcome outcome) {
        return (int) outcomes.stream().filter(outcome::equals).count();
    }

    private QuestionGrade grade(LabelledAnswer answer) {
        return grades.computeIfAbsent(answer.id(), id -> gradeNow(answer));
    }

    private GradeCheck.Rated checkedAlone(LabelledAnswer answer) {
        return checkedAlone.computeIfAbsent(answer.id(), id -> check(answer.stage(), answer.language(), List.of(answer)));
    }

    /** The stage's ratings as {@link GradeCheck} makes them from the answers' grades (the rubric brain's where due). */
    private GradeCheck.Rated check(String stage, Language language, List<LabelledAnswer> answers) {
        Map<String, QuestionGrade> byQuestion = new HashMap<>();
        answers.forEach(answer -> byQuestion.put(answer.questionId(), grade(answer)));
        return check(stage, language, Evaluation.transcript(answers), byQuestion);
    }

    private GradeCheck.Rated check(String stage, Language language, List<Exchange> transcript,
                                   Map<String, QuestionGrade> byQuestion) {
        RubricInterviewer interviewer = interviewers.get(stage);
        List<AnsweredQuestion> answered = transcript.stream().map(exchange -> new AnsweredQuestion(exchange, List.of()))
                .toList();
        InterviewState state = new InterviewState(NO_SESSION, language, null, answered, "", Map.of(), 0);
        return GradeCheck.rate(interviewer.stageBank(), state, byQuestion, interviewer.rater());
    }

    /**
     * A recorded stage graded as the service grades it when the stage ends: each main question once, on its answer
     * and its follow-up's, then checked ({@link GradeCheck}) and scored ({@link RatingScale#stageScore}).
     */
    public Scorecard scorecard(String stage, Language language, List<Exchange> transcript) {
        QuestionBank bank = interviewers.get(stage).stageBank().bank(language);
        // a question the bank no longer has cannot be graded by it
        List<Exchange> asked = transcript.stream()
                .filter(exchange -> bank.question(Question.mainQuestionId(exchange.questionId())).isPresent()).toList();
        Map<String, List<String>> answersByQuestion = new LinkedHashMap<>();
        asked.forEach(exchange -> answersByQuestion
                .computeIfAbsent(Question.mainQuestionId(exchange.questionId()), id -> new ArrayList<>())
                .add(exchange.answer()));
        Map<String, QuestionGrade> byQuestion = new HashMap<>();
        answersByQuestion.forEach((questionId, answers) -> byQuestion.put(questionId,
                gradeNow(language, bank, bank.question(questionId).orElseThrow(), answers)));
        GradeCheck.Rated rated = check(stage, language, asked, byQuestion);
        return new Scorecard(RatingScale.stageScore(rated.ratings()), rated.ratings(), rated.reviewReasons());
    }

    private QuestionGrade gradeNow(LabelledAnswer answer) {
        QuestionBank bank = interviewers.get(answer.stage()).stageBank().bank(answer.language());
        return gradeNow(answer.language(), bank, bank.question(answer.questionId()).orElseThrow(),
                List.of(answer.text()));
    }

    /**
     * As {@code ModelBrain.gradeQuestion}: a failed call is unavailable; an unreadable reply is answered with the
     * reason and the model asked again, the exchange so far in the request, as the service's grading guardrail does.
     */
    private QuestionGrade gradeNow(Language language, QuestionBank bank, Question question, List<String> answers) {
        GradingPrompt prompt = GradingPrompt.of(language, bank, question, answers, List.of(), ANSWER_MAX_CHARS);
        List<ChatMessage> exchange = new ArrayList<>(List.of(SystemMessage.from(GradingPrompt.systemMessage()),
                UserMessage.from(prompt.userMessage())));
        Set<String> expected = Set.copyOf(question.dimensions());
        List<ModelCall> calls = new ArrayList<>();
        String reason = "";
        for (int attempt = 1; attempt <= GRADING_ATTEMPTS; attempt++) {
            long started = System.nanoTime();
            ChatResponse response;
            try {
                response = model.chat(ChatRequest.builder().messages(exchange).build());
            } catch (RuntimeException e) {
                calls.add(new ModelCall(ModelCall.GRADING, "error", 0, 0, millisSince(started)));
                return new QuestionGrade(question.id(), QuestionGrade.Outcome.UNAVAILABLE, List.of(), e.toString(), calls);
            }
            try {
                List<Judgement> judgements = GradingReply.read(response.aiMessage().text(), expected).judgements();
                calls.add(call("ok", response, started));
                return new QuestionGrade(question.id(), QuestionGrade.Outcome.RATED, judgements, "", calls);
            } catch (UnreadableReply e) {
                calls.add(call("unparseable", response, started));
                reason = e.getMessage();
                exchange.add(response.aiMessage());
                exchange.add(UserMessage.from(GradingPrompt.reprompt(reason)));
            }
        }
        return new QuestionGrade(question.id(), QuestionGrade.Outcome.UNPARSEABLE, List.of(),
                reason + ", after " + GRADING_ATTEMPTS + " attempts", calls);
    }

    private static ModelCall call(String outcome, ChatResponse response, long started) {
        TokenUsage usage = response.tokenUsage();
        int input = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int output = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        return new ModelCall(ModelCall.GRADING, outcome, input, output, millisSince(started));
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
