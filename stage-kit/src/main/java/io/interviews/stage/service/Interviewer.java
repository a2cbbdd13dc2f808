package io.interviews.stage.service;

import io.interviews.events.Language;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.RubricInterviewer;

import java.util.Optional;

/**
 * The brain of a stage: what to ask and how the stage is rated. Two implementations share this contract: the
 * offline, deterministic {@code rubric} brain and the {@code openai} brain, which asks a model and checks what it
 * says. Methods other than {@link #opening} run outside any transaction and may take seconds.
 */
public interface Interviewer {

    /** {@code rubric} or {@code openai}, as configured by {@code interview.stage.brain}. */
    String brain();

    /** The stage's bank as the rubric interviewer runs it: whatever the brain, the bank decides what is asked. */
    RubricInterviewer rubric();

    default String stage() {
        return rubric().stage();
    }

    default String rubricVersion() {
        return rubric().rubricVersion();
    }

    /** The first question of the stage: always the bank's first main question. */
    default Ask opening(Language language) {
        return rubric().opening(language);
    }

    /** What follows the answer in {@code state} (its last exchange): a follow-up, the next question, or nothing. */
    Turn next(InterviewState state);

    /** Grades a finished main question now, if this brain grades question by question; else empty. */
    Optional<QuestionGrade> gradeQuestion(InterviewState state, String questionId);

    /** The stage's ratings and score from the whole transcript (and the question grades made so far). */
    StageGrade grade(InterviewState state);
}
