package io.interviews.stage.service;

import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stage session as a brain sees it, outside the database transaction.
 *
 * @param answered   the question the last exchange answered
 * @param transcript every exchange so far, the latest last
 * @param notes      the running notes that stand in for the transcript in prompts (openai brain)
 * @param grades     grades of finished main questions, by question id
 * @param version    the session's version when this state was read; a change since means another writer
 */
public record InterviewState(UUID interviewId, Language language, Ask answered, List<AnsweredQuestion> transcript,
                             String notes, Map<String, QuestionGrade> grades, long version) {

    public InterviewState {
        transcript = List.copyOf(transcript);
        grades = Map.copyOf(grades);
    }

    /** This state with one more exchange, the answer to {@link #answered}. */
    public InterviewState with(AnsweredQuestion latest) {
        List<AnsweredQuestion> all = new ArrayList<>(transcript);
        all.add(latest);
        return new InterviewState(interviewId, language, answered, all, notes, grades, version);
    }

    public List<Exchange> exchanges() {
        return transcript.stream().map(AnsweredQuestion::exchange).toList();
    }

    public AnsweredQuestion latest() {
        return transcript.get(transcript.size() - 1);
    }

    /** The exchanges about one main question: its answer and its follow-up's, in order. */
    public List<AnsweredQuestion> about(String mainQuestionId) {
        return transcript.stream()
                .filter(entry -> Question.mainQuestionId(entry.exchange().questionId()).equals(mainQuestionId))
                .toList();
    }

    /** Main question ids in the order they were asked. */
    public List<String> mainQuestionsAsked() {
        return transcript.stream().map(entry -> Question.mainQuestionId(entry.exchange().questionId())).distinct().toList();
    }
}
