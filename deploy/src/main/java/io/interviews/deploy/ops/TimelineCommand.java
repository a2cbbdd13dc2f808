package io.interviews.deploy.ops;

import io.interviews.cli.KafkaOptions;
import io.interviews.cli.Since;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code timeline}: {@link TopicTimeline}, or with {@code --follow} {@link LiveTimeline}, for operators. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Prints every topic of the system as one timeline ordered by record time, one event a line: "
                + "time, interview, stage, event type and a summary.",
                "With --follow it keeps printing events as they arrive until Ctrl-C."})
public final class TimelineCommand implements Callable<Integer> {

    /** How long Ctrl-C waits for the followed consumer to close. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--interview", paramLabel = "ID", description = "only this interview's events")
    UUID interviewId;

    @Option(names = "--stage", paramLabel = "STAGE", split = ",",
            description = "only the events of these stages (e.g. intake,tech,hr): questions, answers, completions")
    Set<String> stages = Set.of();

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "only these event types, in full or short (e.g. question-asked,stage-completed,dead-letter)")
    Set<String> types = Set.of();

    @Option(names = "--since", paramLabel = "WHEN", converter = Since.Converter.class,
            description = "only records from this moment on: how long ago (90s, 15m, 24h, 7d) or an instant "
                    + "(2026-03-02T09:00:00Z); without it the timeline starts at the beginning, --follow at the end")
    Since since;

    @Option(names = {"-f", "--follow"}, description = "keep printing new events as they arrive, until Ctrl-C")
    boolean follow;

    @Option(names = "--no-color", description = "no ANSI colours (there are none anyway when the output is not a terminal)")
    boolean noColour;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        boolean colour = !noColour && outputIsTerminal();
        TimelineFilter filter = new TimelineFilter(Optional.ofNullable(interviewId).map(UUID::toString), stages, types);
        Optional<Instant> from = Optional.ofNullable(since).map(moment -> moment.from(Instant.now()));
        if (!follow) {
            TopicTimeline.read(kafka.clientConfig(), filter, from, kafka.timeout())
                    .forEach(entry -> out.println(entry.format(colour)));
            return 0;
        }
        LiveTimeline live = new LiveTimeline(kafka.clientConfig(), filter, from, kafka.timeout(),
                entry -> out.println(entry.format(colour)));
        Thread stopOnCtrlC = new Thread(() -> {
            live.stop();
            try {
                live.awaitClosed(CLOSE_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "timeline-follow-stop");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        try {
            live.run();
        } finally {
            removeUnlessShuttingDown(stopOnCtrlC);
        }
        return 0;
    }

    private static void removeUnlessShuttingDown(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running and stops the consumer
        }
    }

    /**
     * Whether standard output is a terminal. Up to Java 21 {@link System#console()} is null otherwise; from Java 22 it
     * may return a console for redirected output too, and {@code Console.isTerminal()} tells.
     */
    static boolean outputIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException before22) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
