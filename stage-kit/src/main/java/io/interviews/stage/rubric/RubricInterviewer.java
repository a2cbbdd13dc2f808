package io.interviews.stage.rubric;

import io.interviews.events.Exchange;
import io.interviews.events.Language;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The offline, deterministic interviewer of one stage: asks the bank's main questions in order, probes a
 * thin answer once with the follow-ups of the points it missed, and scores the transcript.
 */
public final class RubricInterviewer {

    /** Missed points one follow-up probes, in bank order (banks list a question's points by importance). */
    public static final int MAX_PROBED_POINTS = 2;

    private final StageBank stageBank;

    public RubricInterviewer(StageBank stageBank) {
        this.stageBank = stageBank;
    }

    public String stage() {
        return stageBank.stage();
    }

    public String rubricVersion() {
        return stageBank.rubricVersion();
    }

    public Ask opening(Language language) {
        return ask(stageBank.bank(language), 0);
    }

    /** What to ask after the candidate answered {@code answered}; empty when the stage is complete. */
    public Optional<Ask> next(Language language, Ask answered, String answer) {
        QuestionBank bank = stageBank.bank(language);
        if (!answered.followUp()) {
            Question question = bank.question(answered.questionId())
                    .orElseThrow(() -> new IllegalArgumentException("unknown question " + answered.questionId()));
            QuestionAssessment assessment = AnswerRater.assess(question, List.of(answer));
            if (assessment.needsFollowUp()) {
                return Optional.of(new Ask(question.followUpId(), followUpText(language, assessment),
                        true, answered.number(), answered.plannedQuestions()));
            }
        }
        return answered.number() < bank.questions().size()
                ? Optional.of(ask(bank, answered.number()))
                : Optional.empty();
    }

    public Scorecard scorecard(Language language, List<Exchange> transcript) {
        return Scorecard.of(stageBank.bank(language), transcript);
    }

    private static Ask ask(QuestionBank bank, int index) {
        Question question = bank.questions().get(index);
        return new Ask(question.id(), question.text(), false, index + 1, bank.questions().size());
    }

    private static String followUpText(Language language, QuestionAssessment assessment) {
        // Chinese sentences are written without spaces between them
        String separator = language == Language.ZH ? "" : " ";
        return assessment.missedPoints().stream()
                .limit(MAX_PROBED_POINTS)
                .map(RubricPoint::followUp)
                .collect(Collectors.joining(separator));
    }
}
