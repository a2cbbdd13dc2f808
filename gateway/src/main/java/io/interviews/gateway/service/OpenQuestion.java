package io.interviews.gateway.service;

import io.interviews.gateway.repository.Question;

/** The question waiting for the candidate's answer, as the candidate sees it. */
public record OpenQuestion(String questionId, String stage, String text, boolean followUp, int number,
                           int plannedQuestions) {

    public static OpenQuestion of(Question question) {
        return new OpenQuestion(question.questionId, question.stage, question.text, question.followUp,
                question.number, question.plannedQuestions);
    }
}
