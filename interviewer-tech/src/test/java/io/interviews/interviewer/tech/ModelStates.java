package io.interviews.interviewer.tech;

import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.RubricPoint;
import io.interviews.stage.rubric.StageBankLoader;
import io.interviews.stage.service.AnsweredQuestion;
import io.interviews.stage.service.InterviewState;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Interview states and model replies for driving the openai brain directly. */
final class ModelStates {

    static final QuestionBank EN = StageBankLoader.fromClasspath("tech").bank(Language.EN);
    static final QuestionBank ZH = StageBankLoader.fromClasspath("tech").bank(Language.ZH);

    private ModelStates() {
    }

    static Ask ask(QuestionBank bank, String questionId) {
        Question question = bank.question(questionId).orElseThrow();
        return new Ask(question.id(), question.text(), false, bank.questions().indexOf(question) + 1, bank.questions().size());
    }

    /** A session in which the candidate has just answered main question {@code questionId}. */
    static InterviewState answered(QuestionBank bank, String questionId, String answer, String notes) {
        Ask asked = ask(bank, questionId);
        Exchange exchange = new Exchange(asked.questionId(), asked.text(), false, answer, Instant.parse("2026-12-01T10:00:00Z"));
        return new InterviewState(UUID.randomUUID(), bank.language(), asked, List.of(new AnsweredQuestion(exchange, List.of())),
                notes, Map.of(), 0);
    }

    /** The dimensions a question rates, in bank order. */
    static List<String> dimensionsOf(QuestionBank bank, String questionId) {
        List<String> rated = bank.question(questionId).orElseThrow().points().stream().map(RubricPoint::dimension).toList();
        return bank.dimensions().stream().map(dimension -> dimension.id()).filter(rated::contains).toList();
    }

    /** A grading reply rating each of {@code dimensions} {@code rating}, citing {@code quote}. */
    static String grading(List<String> dimensions, int rating, String quote) {
        StringBuilder json = new StringBuilder("{\"ratings\": [");
        for (int i = 0; i < dimensions.size(); i++) {
            json.append(i == 0 ? "" : ", ").append("{\"dimension\": \"").append(dimensions.get(i)).append("\", \"rating\": ")
                    .append(rating).append(", \"evidence\": [").append(quote == null ? "" : "\"" + quote.replace("\"", "\\\"") + "\"")
                    .append("], \"rationale\": \"Cited from the answer.\"}");
        }
        return json.append("]}").toString();
    }

    static String question(boolean followUp, String text) {
        return "{\"followUp\": " + followUp + ", \"question\": \"" + text.replace("\"", "\\\"") + "\"}";
    }
}
