package io.interviews.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The latencies candidates saw, shared by all of them; each series is named as the report prints it. */
final class Measurements {

    static final String ANSWER_ACKNOWLEDGED = "answer acknowledged";
    static final String ANSWER_TO_NEXT_QUESTION = "answer → next question";
    static final String STAGE_TRANSITION = "stage transition (last answer of a stage → next stage's first question)";
    static final String REGISTRATION_TO_FIRST_QUESTION = "registration → first question";
    static final String LAST_ANSWER_TO_LETTER = "last answer → letter drafted";

    final Samples answerAcknowledged = new Samples();
    final Samples answerToNextQuestion = new Samples();
    final Samples stageTransition = new Samples();
    final Samples registrationToFirstQuestion = new Samples();
    final Samples lastAnswerToLetter = new Samples();

    /** Every series by name, in the order the report shows them. */
    Map<String, Samples> byName() {
        Map<String, Samples> series = new LinkedHashMap<>();
        series.put(ANSWER_ACKNOWLEDGED, answerAcknowledged);
        series.put(ANSWER_TO_NEXT_QUESTION, answerToNextQuestion);
        series.put(STAGE_TRANSITION, stageTransition);
        series.put(REGISTRATION_TO_FIRST_QUESTION, registrationToFirstQuestion);
        series.put(LAST_ANSWER_TO_LETTER, lastAnswerToLetter);
        return series;
    }
}
