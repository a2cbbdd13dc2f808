package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.AnswerRater;
import io.interviews.stage.rubric.AnswerReader;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.StageBank;
import io.interviews.stage.rubric.StageBankLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code java -jar evaluation/target/evaluation-0.1.0-SNAPSHOT.jar run|calibrate|distill|traditional-chinese|rescore …}:
 * measure or fit the rubric brain, or re-grade archived interviews with another rubric or brain.
 */
@Command(name = "evaluation", mixinStandardHelpOptions = true,
        description = "Measures how the interviewers' ratings agree with a hiring manager's labels, fits the rubric brain, "
                + "or re-scores archived interviews.",
        subcommands = {EvalCommand.Run.class, EvalCommand.Calibrate.class, EvalCommand.Distill.class,
                EvalCommand.TraditionalChinese.class, RescoreCommand.class})
public final class EvalCommand {

    /** The shipped stages, whose banks, exemplars and labelled answers the set covers. */
    static final List<String> STAGES = List.of("tech", "hr", "boss");

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    static List<StageBank> shippedStages() {
        return STAGES.stream().map(StageBankLoader::fromClasspath).toList();
    }

    static Map<String, RubricInterviewer> interviewers(List<StageBank> stages, AnswerRater rater) {
        Map<String, RubricInterviewer> interviewers = new LinkedHashMap<>();
        stages.forEach(stage -> interviewers.put(stage.stage(), new RubricInterviewer(stage, rater)));
        return interviewers;
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Rates a split of the labelled set through a brain and prints the agreement.")
    static final class Run implements Callable<Integer> {

        @Mixin
        BrainOptions brain;

        @Option(names = "--split", defaultValue = "test", description = "dev or test (default: ${DEFAULT-VALUE})")
        LabelledAnswer.Split split;

        @Option(names = "--interviews", defaultValue = "200",
                description = "synthetic whole interviews per language (default: ${DEFAULT-VALUE})")
        int interviews;

        @Option(names = "--seed", defaultValue = "20261130", description = "for the synthetic interviews")
        long seed;

        @Override
        public Integer call() {
            List<StageBank> stages = shippedStages();
            List<LabelledAnswer> answers = EvalSet.load(stages).stream().filter(a -> a.split() == split).toList();
            Map<String, RubricInterviewer> interviewers = interviewers(stages, new AnswerRater(AnswerEmbeddings::shared));
            AnswerJudge judge = brain.openai() ? brain.modelJudge(interviewers) : new RubricJudge(interviewers);
            Report report = Evaluation.run(judge, answers, interviews, seed);
            System.out.print(HoldoutInterviews.render(HoldoutInterviews.score(judge)));
            System.out.print(ChallengeAnswers.render(ChallengeAnswers.score(judge, EvalSet.challenge(stages))));
            System.out.print(Robustness.render(Robustness.score(judge, answers, seed),
                    brain.openai() ? Optional.empty() : Optional.of(Robustness.holdoutStages(judge))));
            String title = brain.openai() ? "Openai brain (" + brain.model + " at " + brain.baseUrl + ")" : "Rubric brain";
            System.out.print(report.render(title + " on the " + split.name().toLowerCase() + " split"));
            return 0;
        }
    }

    @Command(name = "calibrate", mixinStandardHelpOptions = true,
            description = "Fits the rubric brain on the dev split, writes its files into the repository (moving each stage "
                    + "they change to its next rubric version), and reports on dev with the fitted model (each answer "
                    + "without its own exemplars).")
    static final class Calibrate implements Callable<Integer> {

        @Mixin
        RepositoryOption repository;

        @Option(names = "--dry-run", description = "fit and report, but write no files")
        boolean dryRun;

        @Option(names = "--report-test", description = "also report on the test split (its CPU figure is not "
                + "meaningful here: the answer vectors are cached; use `run` for it)")
        boolean reportTest;

        @Option(names = "--cross-validate", paramLabel = "FOLDS", description = "only measure how this calibration "
                + "rates dev answers it was not fitted on (FOLDS folds by content group); writes no files")
        Integer folds;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (folds != null && folds < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--cross-validate needs 2 folds or more, not " + folds);
            }
            List<StageBank> stages = shippedStages();
            List<LabelledAnswer> all = EvalSet.load(stages);
            List<LabelledAnswer> dev = all.stream().filter(a -> a.split() == LabelledAnswer.Split.DEV).toList();
            AnswerReader reader = new AnswerReader(AnswerEmbeddings::shared);
            if (folds != null) {
                System.out.print(CrossValidation.run(stages, dev, reader, folds).render(20261130));
                return 0;
            }
            Calibration.Fitted fitted = Calibration.fit(stages, dev, reader, "dev split of the labelled set")
                    .withMeanScale(MeanScaleFit.fit(stages,
                            CrossValidation.run(stages, dev, reader, Calibration.FOLDS).ratings()));
            if (!dryRun) {
                Calibration.Written written = Calibration.write(fitted, repository.root, YearMonth.now(ZoneOffset.UTC));
                written.files().forEach(file -> System.out.println("wrote " + file));
                written.bumps().forEach((stage, bump) ->
                        System.out.println("rubric version of " + stage + ": " + bump.from() + " -> " + bump.to()));
            }
            List<StageBank> calibrated = stages.stream().map(stage -> new StageBank(stage.stage(), stage.rubricVersion(),
                    stage.banks(), fitted.exemplars().get(stage.stage()))).toList();
            Map<String, RubricInterviewer> fittedInterviewers = interviewers(calibrated, fitted.rater(reader));
            RubricJudge fittedBrain = new RubricJudge(fittedInterviewers);
            Report report = Evaluation.run(new RubricJudge(fittedInterviewers, true), dev, 200, 20261130);
            System.out.print(report.render("Rubric brain on the dev split it was fitted on (each answer's own "
                    + "exemplars left out; optimistic all the same)"));
            if (reportTest) {
                List<LabelledAnswer> test = all.stream().filter(a -> a.split() == LabelledAnswer.Split.TEST).toList();
                System.out.print(Evaluation.run(fittedBrain, test, 200, 20261130).render("Rubric brain on the test split"));
                System.out.print(HoldoutInterviews.render(HoldoutInterviews.score(fittedBrain)));
            }
            return 0;
        }
    }

    @Command(name = "distill", mixinStandardHelpOptions = true,
            description = "Distils the bge-small models into the static answer-embedding tables stage-kit ships "
                    + "(run calibrate after it).")
    static final class Distill implements Callable<Integer> {

        @Mixin
        RepositoryOption repository;

        @Option(names = "--dimensions", defaultValue = "256", description = "principal axes kept (default: ${DEFAULT-VALUE})")
        int dimensions;

        @Option(names = "--smoothing", defaultValue = "1e-3",
                description = "a in the piece weight a / (a + frequency) (default: ${DEFAULT-VALUE})")
        double smoothing;

        @Option(names = "--chinese-words", defaultValue = "50000",
                description = "the most frequent Chinese words the zh table holds besides characters (default: ${DEFAULT-VALUE})")
        int chineseWords;

        @Override
        public Integer call() throws IOException {
            List<String> corpus = EvalSet.load(shippedStages()).stream()
                    .filter(answer -> answer.split() == LabelledAnswer.Split.DEV).map(LabelledAnswer::text).toList();
            for (Language language : Language.values()) {
                Path file = repository.rubricResource("answer-embeddings-" + language.code() + ".bin");
                try (OutputStream out = Files.newOutputStream(file)) {
                    Distillation.distill(language, dimensions, smoothing, corpus, chineseWords).write(out);
                }
                System.out.println("wrote " + file);
            }
            return 0;
        }
    }

    @Command(name = "traditional-chinese", mixinStandardHelpOptions = true,
            description = "Writes stage-kit's table of Traditional Chinese characters and their Simplified forms "
                    + "(ICU4J's Traditional-Simplified transliteration), with which the rubric brain reads Traditional "
                    + "Chinese.")
    static final class TraditionalChinese implements Callable<Integer> {

        @Mixin
        RepositoryOption repository;

        @Override
        public Integer call() throws IOException {
            Path file = repository.rubricResource("traditional-chinese.txt");
            Files.writeString(file, ChineseVariants.table());
            System.out.println("wrote " + file);
            return 0;
        }
    }
}
