package io.interviews.deploy.ops;

import io.interviews.deploy.DeployCommand;
import io.interviews.events.StageCompleted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code timeline} and {@code timeline --follow} against a real broker. */
class LiveTimelineTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** A child JVM starts and connects slowly on a busy machine. */
    private static final Duration PROCESS_WAIT = Duration.ofSeconds(60);
    private static OpsTopics topics;

    @BeforeAll
    static void startBroker() {
        topics = OpsTopics.start("live-timeline-broker");
    }

    @AfterAll
    static void stopBroker() {
        topics.close();
    }

    /** A follow running in its own thread, collecting what it hands on, stopped by {@link #close()}. */
    private static final class Following implements AutoCloseable {

        final List<TopicTimeline.Entry> entries = new CopyOnWriteArrayList<>();
        private final BlockingQueue<TopicTimeline.Entry> arrivals = new LinkedBlockingQueue<>();
        final LiveTimeline live;
        final Thread thread;

        Following(TimelineFilter filter, Optional<Instant> since) throws InterruptedException {
            live = new LiveTimeline(TopicTimeline.clientConfig(topics.bootstrapServers()), filter, since,
                    Duration.ofSeconds(10), entry -> {
                        entries.add(entry);
                        arrivals.add(entry);
                    });
            thread = new Thread(live::run, "follow-under-test");
            thread.start();
            assertTrue(live.awaitFollowing(WAIT), "the follow never caught up");
        }

        /** Waits until an entry matching {@code wanted} has arrived. */
        void awaitEntry(Predicate<TopicTimeline.Entry> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            TopicTimeline.Entry arrived;
            do {
                arrived = arrivals.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertTrue(arrived != null, "not followed within " + WAIT + ": " + entries);
            } while (!wanted.test(arrived));
        }

        @Override
        public void close() throws InterruptedException {
            live.stop();
            assertTrue(live.awaitClosed(WAIT), "the consumer was not closed");
            thread.join(WAIT.toMillis());
            assertFalse(thread.isAlive(), "the follow did not end");
        }
    }

    @Test
    void followPrintsWhatIsProducedAfterItStartedAndEndsWhenStopped() throws Exception {
        InterviewEvents interview = new InterviewEvents(Instant.now());
        topics.produce(interview.intake(0));

        try (Following following = new Following(TimelineFilter.interview(Optional.of(interview.interviewId.toString())),
                Optional.empty())) {
            topics.produce(interview.question("tech", 0));
            following.awaitEntry(entry -> "tech".equals(entry.stage()));

            assertEquals(1, following.entries.size(), "only what came after the start: " + following.entries);
            assertTrue(following.entries.get(0).format().contains("  tech     interview.question-asked.v1      asked tech-1"),
                    following.entries.get(0).format());
        }
    }

    @Test
    void followKeepsOnlyTheChosenInterviewStagesAndTypes() throws Exception {
        // times in the past: a record is held back until a second after its time, to be handed on in order
        InterviewEvents chosen = new InterviewEvents(Instant.now().minus(Duration.ofMinutes(5)));
        InterviewEvents other = new InterviewEvents(Instant.now().minus(Duration.ofMinutes(5)));
        TimelineFilter filter = new TimelineFilter(Optional.of(chosen.interviewId.toString()), Set.of("hr"),
                Set.of("answer-submitted", "interview.stage-completed.v1"));

        try (Following following = new Following(filter, Optional.empty())) {
            topics.produce(other.answer("hr", 0), chosen.answer("tech", 0), chosen.question("hr", 0),
                    chosen.answer("hr", 1), chosen.completed("hr", 2));
            following.awaitEntry(entry -> StageCompleted.TYPE.equals(entry.type()));

            assertEquals(List.of("interview.answer-submitted.v1 hr", "interview.stage-completed.v1 hr"),
                    following.entries.stream().map(entry -> entry.type() + " " + entry.stage()).toList());
        }
    }

    @Test
    void followFromAMomentReplaysTheEarlierEventsInRecordTimeThenGoesOn() throws Exception {
        Instant base = Instant.now().minus(Duration.ofMinutes(30));
        InterviewEvents interview = new InterviewEvents(base);
        // produced out of order across topics: the replay sorts them by record time
        topics.produce(interview.question("tech", 2), interview.intake(0), interview.answer("tech", 3));

        try (Following following = new Following(TimelineFilter.interview(Optional.of(interview.interviewId.toString())),
                Optional.of(base.minusSeconds(1)))) {
            topics.produce(interview.completed("tech", 20));
            following.awaitEntry(entry -> "tech".equals(entry.stage()) && StageCompleted.TYPE.equals(entry.type()));

            assertEquals(List.of("intake", "tech", "tech", "tech"),
                    following.entries.stream().map(TopicTimeline.Entry::stage).toList());
            assertEquals(List.of(interview.at(0), interview.at(2), interview.at(3), interview.at(20)),
                    following.entries.stream().map(TopicTimeline.Entry::time).toList());
        }
    }

    @Test
    void aFollowingProcessEndsCleanlyOnCtrlC(@TempDir Path dir) throws Exception {
        InterviewEvents interview = new InterviewEvents(Instant.now().minus(Duration.ofMinutes(5)));
        // the answer's record time is an hour ahead: held back until the follow stops, then printed
        topics.produce(interview.question("tech", 0), interview.answer("tech", 65));
        Path out = dir.resolve("follow.out");
        Path err = dir.resolve("follow.err");
        Process follow = new ProcessBuilder(followCommand("--interview", interview.interviewId.toString(),
                "--since", interview.at(0).toString(), "--no-color"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            awaitOutput(follow, out, "asked tech-1");
            new ProcessBuilder("kill", "-INT", Long.toString(follow.pid())).inheritIO().start().waitFor();

            assertTrue(follow.waitFor(PROCESS_WAIT.toSeconds(), TimeUnit.SECONDS), "the follow did not end on SIGINT");
            assertEquals(130, follow.exitValue(), "the exit status of a process ended by SIGINT");
            List<String> printed = Files.readAllLines(out);
            assertEquals(2, printed.size(), printed.toString());
            assertTrue(printed.get(0).contains("interview.question-asked.v1      asked tech-1"), printed.get(0));
            assertTrue(printed.get(1).contains("interview.answer-submitted.v1    answered tech-1"),
                    "what was held back is printed on the way out: " + printed.get(1));
            assertFalse(Files.readString(err).contains("Exception"), Files.readString(err));
        } finally {
            follow.destroyForcibly();
        }
    }

    @Test
    void theTimelineCommandFiltersByInterviewStageTypeAndMoment() throws Exception {
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        InterviewEvents interview = new InterviewEvents(base);
        topics.produce(interview.intake(0), interview.question("tech", 1), interview.answer("tech", 2),
                interview.completed("tech", 10), interview.question("hr", 61), interview.answer("hr", 62));

        String listing = timeline("--interview", interview.interviewId.toString(), "--stage", "tech,hr",
                "--type", "answer-submitted", "--since", interview.at(30).toString());

        assertEquals(List.of(interview.at(62).toString().replace("Z", ".000Z") + "  "
                        + interview.interviewId.toString().substring(0, 8)
                        + "  hr       interview.answer-submitted.v1    answered hr-1"),
                listing.lines().toList());
    }

    @Test
    void aCommandConfigFileConfiguresTheConnection(@TempDir Path dir) throws IOException {
        Path plaintext = Files.writeString(dir.resolve("plaintext.properties"), "security.protocol=PLAINTEXT\n");
        Path tls = Files.writeString(dir.resolve("tls.properties"), "security.protocol=SSL\n");

        StringWriter err = new StringWriter();
        int overPlaintext = command(new StringWriter(), err, "--command-config", plaintext.toString(),
                "--type", "no-such-type");
        int overTls = command(new StringWriter(), err, "--command-config", tls.toString(), "--timeout-seconds", "1");

        assertEquals(0, overPlaintext, err.toString());
        assertEquals(1, overTls, "a TLS client cannot talk to the plaintext listener");
    }

    /**
     * {@code timeline --follow} as its own JVM, with SIGINT's default disposition: a JVM started with SIGINT ignored
     * (as by a shell running Maven in the background) keeps ignoring it, and Ctrl-C would never reach the command.
     */
    private static List<String> followCommand(String... options) {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DeployCommand.class.getName(),
                "timeline", "--follow", "--bootstrap-servers", topics.bootstrapServers()));
        command.addAll(List.of(options));
        return command;
    }

    private static void awaitOutput(Process process, Path out, String expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PROCESS_WAIT.toNanos();
        while (!Files.readString(out).contains(expected)) {
            assertTrue(process.isAlive(), "the follow ended early: " + Files.readString(out));
            assertTrue(System.nanoTime() < deadline, "not printed within " + PROCESS_WAIT + ": " + expected);
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
    }

    private static String timeline(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = command(out, err, options);
        assertEquals(0, exitCode, err.toString());
        return out.toString();
    }

    private static int command(StringWriter out, StringWriter err, String... options) {
        List<String> args = new ArrayList<>(List.of("timeline", "--bootstrap-servers", topics.bootstrapServers()));
        args.addAll(List.of(options));
        return DeployCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args.toArray(String[]::new));
    }
}
