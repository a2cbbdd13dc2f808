package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.RubricInterviewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The robustness checks of automated essay scoring (ETS's e-rater reports; Doewes and Pechenizkiy), on the split's
 * strong answers (labelled 4 or more on average): as written, with their words in random order, and given to the
 * question at the same place in another stage. A hiring manager gives the last two no evidence, 1 on every dimension;
 * a brain that reads words without their order, or what an answer says without which question it answers, rates them
 * as written, and should at least send a stage of them to a person.
 */
final class Robustness {

    /** A strong answer: labelled this or more on average. */
    static final double STRONG = 4;

    enum Check {
        AS_WRITTEN("as written"),
        WORDS_SHUFFLED("words shuffled (Chinese: characters)"),
        ANOTHER_STAGES_QUESTION("given to another stage's question");

        final String description;

        Check(String description) {
            this.description = description;
        }
    }

    /**
     * One check in one language: the answers' ratings of every dimension, their mean and the share of 3 or more; and
     * stage interviews made of them (each question of a stage answered by one of them, as many rounds as every question
     * has answers), with the share a person must review.
     */
    record Result(Check check, Language language, int ratings, double meanRating, double meetsTheBar,
                  int stageInterviews, double reviewed) {
    }

    private Robustness() {
    }

    static List<Result> score(AnswerJudge judge, List<LabelledAnswer> answers, long seed) {
        Random random = new Random(seed);
        List<LabelledAnswer> strong = answers.stream().filter(answer -> answer.meanLabel() >= STRONG).toList();
        Map<Check, Function<LabelledAnswer, LabelledAnswer>> checks = Map.of(
                Check.AS_WRITTEN, Function.identity(),
                Check.WORDS_SHUFFLED, answer -> shuffled(answer, random),
                Check.ANOTHER_STAGES_QUESTION, answer -> givenElsewhere(answer, judge.interviewers()));
        List<Result> results = new ArrayList<>();
        for (Check check : Check.values()) {
            for (Language language : Language.values()) {
                List<LabelledAnswer> checked = strong.stream().filter(answer -> answer.language() == language)
                        .map(checks.get(check)).toList();
                List<Double> ratings = checked.stream().flatMap(answer -> judge.rate(answer).values().stream()).toList();
                List<Boolean> reviews = stageInterviews(judge, language, checked);
                if (!ratings.isEmpty()) {
                    results.add(new Result(check, language, ratings.size(),
                            ratings.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                            ratings.stream().filter(rating -> rating >= 3).count() / (double) ratings.size(),
                            reviews.size(), reviews.stream().filter(review -> review).count()
                                    / (double) Math.max(1, reviews.size())));
                }
            }
        }
        return results;
    }

    /**
     * The holdout interviews' stages (other writers' whole interviews, never fitted) as written and with every answer
     * given to the question at its place in the next stage: how many of each go to a person.
     */
    record HoldoutStages(int stages, int reviewedAsWritten, int reviewedElsewhere) {
    }

    static HoldoutStages holdoutStages(AnswerJudge judge) {
        List<List<LabelledAnswer>> stages = HoldoutInterviews.stages();
        int asWritten = 0;
        int elsewhere = 0;
        for (List<LabelledAnswer> stage : stages) {
            LabelledAnswer first = stage.get(0);
            asWritten += judge.stage(first.stage(), first.language(), stage).review() ? 1 : 0;
            List<LabelledAnswer> moved = stage.stream().map(answer -> givenElsewhere(answer, judge.interviewers())).toList();
            elsewhere += judge.stage(moved.get(0).stage(), first.language(), moved).review() ? 1 : 0;
        }
        return new HoldoutStages(stages.size(), asWritten, elsewhere);
    }

    /** Whether each stage interview made of {@code answers} goes to review, stage by stage, round by round. */
    private static List<Boolean> stageInterviews(AnswerJudge judge, Language language, List<LabelledAnswer> answers) {
        List<Boolean> reviews = new ArrayList<>();
        judge.interviewers().forEach((stage, interviewer) -> {
            List<List<LabelledAnswer>> byQuestion = interviewer.stageBank().bank(language).questions().stream()
                    .map(question -> answers.stream().filter(answer -> answer.stage().equals(stage)
                            && answer.questionId().equals(question.id())).toList())
                    .toList();
            int rounds = byQuestion.stream().mapToInt(List::size).min().orElse(0);
            for (int round = 0; round < rounds; round++) {
                int r = round;
                reviews.add(judge.stage(stage, language, byQuestion.stream().map(ofQuestion -> ofQuestion.get(r))
                        .toList()).review());
            }
        });
        return reviews;
    }

    /**
     * The answer with its words in random order (Chinese, written without spaces: its characters), labelled 1 on
     * every dimension: nothing in it reads as a sentence.
     */
    static LabelledAnswer shuffled(LabelledAnswer answer, Random random) {
        boolean chinese = answer.language() == Language.ZH;
        List<String> pieces = new ArrayList<>(chinese
                ? answer.text().codePoints().mapToObj(Character::toString).toList()
                : Arrays.asList(answer.text().trim().split("\\s+")));
        Collections.shuffle(pieces, random);
        return new LabelledAnswer(answer.id() + "-shuffled", answer.group(), answer.stage(), answer.questionId(),
                answer.language(), answer.style(), 1, noEvidence(answer.labels().keySet().stream().toList()),
                String.join(chinese ? "" : " ", pieces));
    }

    /**
     * The answer given to the question at its place in the next stage (tech → hr → boss → tech, as the interviewers
     * are listed), labelled 1 on each dimension that question rates: it answers something else.
     */
    static LabelledAnswer givenElsewhere(LabelledAnswer answer, Map<String, RubricInterviewer> interviewers) {
        List<String> stages = List.copyOf(interviewers.keySet());
        String stage = stages.get((stages.indexOf(answer.stage()) + 1) % stages.size());
        List<Question> ownQuestions = interviewers.get(answer.stage()).stageBank().bank(answer.language()).questions();
        List<Question> questions = interviewers.get(stage).stageBank().bank(answer.language()).questions();
        int place = ownQuestions.stream().map(Question::id).toList().indexOf(answer.questionId());
        Question question = questions.get(place % questions.size());
        return new LabelledAnswer(answer.id() + "-as-" + question.id(), answer.group(), stage, question.id(),
                answer.language(), answer.style(), 1, noEvidence(question.dimensions()), answer.text());
    }

    private static Map<String, Integer> noEvidence(List<String> dimensions) {
        return dimensions.stream().collect(Collectors.toMap(Function.identity(), dimension -> 1));
    }

    /** The results, and the holdout stages' line where they were judged (not with a model: 516 more stage gradings). */
    static String render(List<Result> results, Optional<HoldoutStages> holdouts) {
        StringBuilder out = new StringBuilder("Robustness: the split's answers labelled " + (int) STRONG
                + " or more, rated as written and as no one should rate them (a person gives the last two 1):\n")
                .append("  check                                 lang ratings  rating  rated 3+   stages  to review\n");
        results.forEach(result -> out.append(String.format("  %-37s %-4s %7d %7.2f %8.0f %% %8d %8.0f %%%n",
                result.check().description, result.language().code(), result.ratings(), result.meanRating(),
                100 * result.meetsTheBar(), result.stageInterviews(), 100 * result.reviewed())));
        holdouts.ifPresent(stages -> out.append(String.format("  the holdout interviews' %d stages: %d to review as "
                + "written, %d with every answer given to another stage's question%n", stages.stages(),
                stages.reviewedAsWritten(), stages.reviewedElsewhere())));
        return out.toString();
    }
}
