package io.interviews.evaluation;

import io.interviews.cli.DatabaseLogin;
import io.interviews.cli.DatabaseOptions;
import io.interviews.cli.KafkaOptions;
import io.interviews.cli.Since;
import io.interviews.documents.DriftReport;
import io.interviews.events.DataKey;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.Topics;
import io.interviews.kit.DataKeys;
import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.AnswerRater;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.StageBank;
import io.interviews.stage.rubric.StageBankLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code rescore}: grades the archived interviews' recorded transcripts again with other stage banks or another brain,
 * publishes an {@code interview.rescored.v1} per interview and writes the drift report. The live decisions (scores,
 * letters, recruiter views) stay as they are: nothing but the re-score topic is written. A sealed archive is opened, and
 * its re-scores sealed, with the interviews' data keys ({@code --jdbc-url}); an erased interview is skipped.
 */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = "Re-grades the scored interviews on the topics with other stage banks or another brain, "
                + "publishes interview.rescored.v1 events and writes a drift report (CSV, HTML).")
final class RescoreCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--stages", paramLabel = "DIR",
            description = "stage banks to grade with instead of the shipped ones: DIR/<stage>/bank-en.json, "
                    + "bank-zh.json (and exemplars-en.json, exemplars-zh.json); stages not in DIR use the shipped banks")
    Path stagesDirectory;

    @Mixin
    BrainOptions brain;

    @Option(names = "--since", paramLabel = "WHEN", converter = Since.Converter.class,
            description = "only interviews scored from this moment on: how long ago (24h, 7d) or an instant "
                    + "(2026-11-01T00:00:00Z)")
    Since since;

    @Option(names = "--interview", paramLabel = "UUID", description = "only this interview")
    UUID interview;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/rescore",
            description = "where the drift report goes (default: ${DEFAULT-VALUE})")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<DatabaseLogin> login = database.login();
        if (login.isEmpty()) {
            return rescore(this::noDatabase, EventCodec::encode);
        }
        try (ArchiveKeys keys = ArchiveKeys.connect(login.get())) {
            return rescore(keys::of, event -> EventCodec.encode(event, keys.of(event.interviewId())));
        }
    }

    /**
     * Re-scores the archive, its sealed personal data opened with {@code keys}, and publishes the re-scores as
     * {@code encoding} writes them.
     */
    private int rescore(Function<UUID, DataKey> keys, Function<InterviewRescored, String> encoding) {
        PrintWriter console = spec.commandLine().getOut();
        Duration timeout = kafka.timeout();
        Properties clientConfig = kafka.clientConfig();
        Map<String, RubricInterviewer> interviewers = EvalCommand.interviewers(stages(),
                new AnswerRater(AnswerEmbeddings::shared));
        Rescoring.StageGrader grader = brain.openai() ? brain.modelJudge(interviewers)::scorecard
                : (stage, language, transcript) -> interviewers.get(stage).scorecard(language, transcript);
        Rescoring rescoring = new Rescoring(interviewers.values().stream()
                .collect(Collectors.toMap(RubricInterviewer::stage, RubricInterviewer::rubricVersion)), grader,
                brain.brainName());

        Instant now = Instant.now();
        List<InterviewScored> archived = ScoredArchive.read(clientConfig,
                Optional.ofNullable(since).map(moment -> moment.from(now)), Optional.ofNullable(interview), keys, timeout);
        List<InterviewRescored> rescored = new ArrayList<>();
        for (InterviewScored live : archived) {
            if (transcriptsErased(live)) {
                console.printf("  %s  skipped: the interview was erased, its transcripts cannot be re-scored%n",
                        live.interviewId());
            } else {
                rescored.add(rescoring.rescore(live, now));
            }
        }
        ScoredArchive.publish(clientConfig, rescored, encoding, timeout);
        List<Path> files = DriftReport.write(rescored, out);

        rescored.forEach(event -> console.println(line(event)));
        console.printf("re-scored %d interviews with the %s brain (%s): %d changed band; published to %s%n",
                rescored.size(), brain.brainName(), versions(interviewers), rescored.stream()
                        .filter(InterviewRescored::bandChanged).count(), Topics.RESCORED);
        files.forEach(file -> console.println("wrote " + file));
        return 0;
    }

    /** The keys without a database: none, so a sealed archive stops the command before anything is graded. */
    private DataKey noDatabase(UUID interviewId) {
        throw new ParameterException(spec.commandLine(), "the personal data of the archive is sealed (interview "
                + interviewId + "): give --jdbc-url (or $" + DatabaseOptions.ENV_URL + ") so the data keys can be read from "
                + DataKeys.TABLE + ", or re-score through the gateway: POST /api/recruiter/rescores");
    }

    /** An erased interview's transcripts read {@value DataKey#ERASED}: there is nothing left to grade. */
    private static boolean transcriptsErased(InterviewScored scored) {
        return scored.results().stream().flatMap(result -> result.transcript().stream())
                .anyMatch(exchange -> DataKey.ERASED.equals(exchange.answer()));
    }

    /** The shipped banks, with each stage that {@code --stages} holds read from there instead. */
    private List<StageBank> stages() {
        return EvalCommand.STAGES.stream().map(stage -> {
            Path directory = stagesDirectory == null ? null : stagesDirectory.resolve(stage);
            return directory != null && Files.isDirectory(directory)
                    ? StageBankLoader.fromDirectory(directory, stage) : StageBankLoader.fromClasspath(stage);
        }).toList();
    }

    private static String versions(Map<String, RubricInterviewer> interviewers) {
        return interviewers.values().stream().map(RubricInterviewer::rubricVersion).collect(Collectors.joining(", "));
    }

    private static String line(InterviewRescored event) {
        String stages = event.stages().stream()
                .map(stage -> String.format("%s %.1f→%.1f", stage.stage(), stage.liveScore(), stage.rescoredScore()))
                .collect(Collectors.joining(", "));
        return String.format("  %s  total %5.1f %-11s → %5.1f %-11s%s  %s", event.interviewId(), event.liveTotal(),
                event.liveBand(), event.rescoredTotal(), event.rescoredBand(), event.bandChanged() ? " (band changed)" : "",
                stages);
    }
}
