package io.interviews.stage.rubric;

import io.interviews.events.Exchange;
import io.interviews.events.Language;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The offline, deterministic interviewer of one stage: asks the bank's main questions in order, probes an answer
 * once — what it missed if it is rated below "meets the bar", else the first claim it made without substance; an
 * answer in a language it does not read, by asking for it again in the interview's — and scores the transcript.
 */
public final class RubricInterviewer {

    /** Missed points one follow-up probes, in bank order (banks list a question's points by importance). */
    public static final int MAX_PROBED_POINTS = 2;

    /** A claim without substance is probed only in an answer rated below "strong": a strong one has shown enough. */
    public static final double PROBE_CLAIMS_BELOW = 4.0;

    private final StageBank stageBank;
    private final AnswerRater rater;

    /** Uses the JVM's shared answer-embedding models. */
    public RubricInterviewer(StageBank stageBank) {
        this(stageBank, AnswerEmbeddings::shared);
    }

    public RubricInterviewer(StageBank stageBank, Supplier<AnswerEmbeddings> embeddings) {
        this(stageBank, new AnswerRater(embeddings));
    }

    public RubricInterviewer(StageBank stageBank, AnswerRater rater) {
        this.stageBank = stageBank;
        this.rater = rater;
    }

    public String stage() {
        return stageBank.stage();
    }

    public String rubricVersion() {
        return stageBank.rubricVersion();
    }

    public StageBank stageBank() {
        return stageBank;
    }

    public AnswerRater rater() {
        return rater;
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
            QuestionAssessment assessment = rater.assess(stageBank, language, question, List.of(answer));
            Optional<String> probe = assessment.reading().unread()
                    ? Optional.of(WrittenLanguage.askAgainIn(language))
                    : assessment.needsFollowUp()
                    ? Optional.of(missedPointsProbe(language, assessment))
                    : assessment.meanRating() < PROBE_CLAIMS_BELOW
                    ? ClaimCheck.probe(stageBank.bank(assessment.reading().language()), bank, assessment.kept())
                    : Optional.empty();
            if (probe.isPresent()) {
                return Optional.of(new Ask(question.followUpId(), probe.get(), true, answered.number(),
                        answered.plannedQuestions()));
            }
        }
        return nextMainQuestion(language, answered);
    }

    /** The main question after {@code answered}, without probing; empty after the last one. */
    public Optional<Ask> nextMainQuestion(Language language, Ask answered) {
        QuestionBank bank = stageBank.bank(language);
        return answered.number() < bank.questions().size()
                ? Optional.of(ask(bank, answered.number()))
                : Optional.empty();
    }

    public Scorecard scorecard(Language language, List<Exchange> transcript) {
        return Scorecard.of(stageBank, language, transcript, rater);
    }

    private static Ask ask(QuestionBank bank, int index) {
        Question question = bank.questions().get(index);
        return new Ask(question.id(), question.text(), false, index + 1, bank.questions().size());
    }

    /** The bank's probes of the points the answer missed, weakest dimension first (its own prompt if none missed). */
    private static String missedPointsProbe(Language language, QuestionAssessment assessment) {
        // Chinese sentences are written without spaces between them
        String separator = language == Language.ZH ? "" : " ";
        List<RubricPoint> candidates = assessment.missedPoints().isEmpty()
                ? assessment.question().points() : assessment.missedPoints();
        return candidates.stream()
                .sorted(Comparator.comparingDouble(point -> assessment.ratings().get(point.dimension())))
                .limit(MAX_PROBED_POINTS)
                .map(RubricPoint::followUp)
                .collect(Collectors.joining(separator));
    }
}
