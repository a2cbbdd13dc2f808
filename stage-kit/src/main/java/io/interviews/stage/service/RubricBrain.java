package io.interviews.stage.service;

import io.interviews.events.DimensionRating;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.Scorecard;

import java.util.List;
import java.util.Optional;

/** The default brain: the bank's questions, rubric follow-ups and ratings by meaning (local models); no network, ever. */
public final class RubricBrain implements Interviewer {

    public static final String NAME = DimensionRating.RUBRIC_BRAIN;

    private final RubricInterviewer interviewer;

    public RubricBrain(RubricInterviewer interviewer) {
        this.interviewer = interviewer;
    }

    @Override
    public String brain() {
        return NAME;
    }

    @Override
    public RubricInterviewer rubric() {
        return interviewer;
    }

    @Override
    public Turn next(InterviewState state) {
        return new Turn(interviewer.next(state.language(), state.answered(), state.latest().exchange().answer()),
                state.notes(), List.of());
    }

    @Override
    public Optional<QuestionGrade> gradeQuestion(InterviewState state, String questionId) {
        return Optional.empty();
    }

    @Override
    public StageGrade grade(InterviewState state) {
        Scorecard scorecard = interviewer.scorecard(state.language(), state.exchanges());
        return new StageGrade(scorecard.score(),
                CodeRunEvidence.attach(interviewer.stageBank().bank(state.language()), state, scorecard.ratings()),
                scorecard.reviewReasons(), List.of());
    }
}
