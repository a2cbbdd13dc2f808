package io.interviews.deploy.ops;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code timeline}: {@link TopicTimeline} for operators. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Prints every topic of the system as one timeline ordered by record time, one event a line.")
public final class TimelineCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--interview", paramLabel = "ID", description = "only this interview's events")
    UUID interviewId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TopicTimeline.read(kafka.bootstrapServers, Optional.ofNullable(interviewId).map(UUID::toString), kafka.timeout())
                .forEach(entry -> out.println(entry.format()));
        return 0;
    }
}
