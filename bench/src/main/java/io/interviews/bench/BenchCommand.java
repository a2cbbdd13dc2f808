package io.interviews.bench;

import io.interviews.cli.DatabaseOptions;
import io.interviews.cli.KafkaOptions;
import io.interviews.deploy.LocalStackOptions;
import io.interviews.deploy.infra.ServiceProcess;
import io.interviews.deploy.stack.LocalStack;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code java -jar bench/target/bench-0.1.0-SNAPSHOT.jar --candidates 20 --interviews 100}: starts the local stack (or
 * targets a running system), lets the candidates take the interviews over HTTP and the event stream, measures the
 * floor on the same broker and database, prints the result and writes {@code result.json} and {@code chart.html}.
 * Exit codes: 0 every interview completed once, 1 an interview was lost or an event duplicated (or the run failed),
 * 2 a usage error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Drives concurrent simulated candidates through the gateway's HTTP API and event stream and "
                + "measures latency, throughput and server cost against the floor of the same broker and database.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "20", description = "concurrent candidates (default 20)")
    int candidates;

    @Option(names = "--interviews", paramLabel = "M", defaultValue = "100",
            description = "complete interviews to take in all (default 100)")
    int interviews;

    @Option(names = "--gateway-url", paramLabel = "URL",
            description = "a running system's gateway instead of a local stack; needs --recruiter-key, and its rate "
                    + "limits raised for one client address")
    String gatewayUrl;

    @Option(names = "--recruiter-key", paramLabel = "KEY", description = "the running gateway's recruiter key")
    String recruiterKey;

    /** With {@code --gateway-url}: the system's Kafka, for the floor and the topic audit. */
    @ArgGroup(exclusive = false)
    KafkaOptions kafka;

    /** With {@code --gateway-url}: the system's PostgreSQL, for the floor. */
    @Mixin
    DatabaseOptions database;

    @Option(names = "--floor-samples", paramLabel = "N", defaultValue = "500",
            description = "measured Kafka round trips and PostgreSQL commits, each after a warm-up (default 500)")
    int floorSamples;

    @Option(names = "--restarts", paramLabel = "N", defaultValue = "0",
            description = "after the load, stop and start each service of the local stack N times and print how long "
                    + "it took to be ready (default 0)")
    int restarts;

    /** What rates the answers and phrases the questions in the stages the bench starts. */
    enum Brain { RUBRIC, OPENAI }

    @Option(names = "--brain", paramLabel = "BRAIN", defaultValue = "RUBRIC",
            description = "rubric (default), or openai: the stages' openai brain against a simulated model the bench "
                    + "serves (WireMock), and the prompt tokens it was sent per turn of the interview")
    Brain brain;

    @Mixin
    LocalStackOptions localStack;

    @Option(names = "--output", paramLabel = "DIR",
            description = "where each run's folder goes (default: <project-root>/bench/target/bench)")
    Path output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        System.exit(commandLine().setOut(out).execute(args));
    }

    /** The command as {@code main} runs it: {@code --brain openai} in any case, a failure reported in one line. */
    static CommandLine commandLine() {
        return new CommandLine(new BenchCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((failure, line, parseResult) -> {
                    line.getErr().println("error: " + failure);
                    return line.getCommandSpec().exitCodeOnExecutionException();
                });
    }

    @Override
    public Integer call() {
        if (candidates < 1 || interviews < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--candidates and --interviews must be at least 1");
        }
        if (restarts < 0 || (restarts > 0 && gatewayUrl != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--restarts must be at least 0, and works only on the local stack the bench starts");
        }
        if (brain == Brain.OPENAI && gatewayUrl != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--brain openai works only on the local stack the bench starts");
        }
        if (gatewayUrl != null && recruiterKey == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--gateway-url needs --recruiter-key");
        }
        Path runDir = Optional.ofNullable(output).orElse(localStack.projectRoot().resolve("bench/target/bench"))
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        BenchResult result;
        StartupTimes startupTimes = null;
        if (gatewayUrl == null) {
            long starting = System.nanoTime();
            Optional<SimulatedModel> model = brain == Brain.OPENAI ? Optional.of(SimulatedModel.start()) : Optional.empty();
            try (LocalStack stack = localStack.start("bench/target/bench-stack", Target.servicesForBench(model))) {
                double readySeconds = (System.nanoTime() - starting) / 1e9;
                result = Bench.run(Target.of(stack), readySeconds, candidates, interviews, floorSamples, model.isPresent());
                if (restarts > 0) {
                    startupTimes = StartupTimes.measure(stack,
                            stack.services().stream().map(ServiceProcess::name).toList(), restarts);
                }
            } finally {
                model.ifPresent(SimulatedModel::close);
            }
        } else {
            Target running = new Target("running system at " + gatewayUrl, gatewayUrl, recruiterKey,
                    Optional.ofNullable(kafka).map(Target.Kafka::of),
                    database.login(), List.of(),
                    Map.of());
            result = Bench.run(running, null, candidates, interviews, floorSamples, false);
        }
        BenchReport.write(result, runDir);
        spec.commandLine().getOut().print(BenchReport.text(result));
        if (startupTimes != null) {
            spec.commandLine().getOut().print(startupTimes.text());
        }
        spec.commandLine().getOut().println("written: " + runDir.resolve("result.json") + ", " + runDir.resolve("chart.html"));
        return result.passed() ? 0 : 1;
    }
}
