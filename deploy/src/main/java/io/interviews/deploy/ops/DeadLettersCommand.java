package io.interviews.deploy.ops;

import io.interviews.cli.KafkaOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dead-letters}: what no consumer could process, with the reasons. */
@Command(name = "dead-letters", mixinStandardHelpOptions = true,
        description = "Lists the records on the dead-letter topic: id (PARTITION:OFFSET), original topic, key, reason "
                + "and value.")
public final class DeadLettersCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DeadLetters.DeadLetter> deadLetters = DeadLetters.list(kafka.clientConfig(), kafka.timeout());
        out.println(deadLetters.size() + " dead letter(s)");
        deadLetters.forEach(deadLetter -> out.println(deadLetter.format()));
        return 0;
    }
}
