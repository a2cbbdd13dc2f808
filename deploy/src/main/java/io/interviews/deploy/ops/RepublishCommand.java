package io.interviews.deploy.ops;

import io.interviews.cli.KafkaOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code republish}: one dead letter back to the topic it came from, once its cause is fixed. */
@Command(name = "republish", mixinStandardHelpOptions = true,
        description = "Puts one dead letter back on its original topic, with its key and original headers. Consumers "
                + "are idempotent: an event that was in fact handled changes nothing.")
public final class RepublishCommand implements Callable<Integer> {

    private static final Pattern DEAD_LETTER_ID = Pattern.compile("\\d+:\\d+");

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--id", paramLabel = "PARTITION:OFFSET", required = true,
            description = "the dead letter, as `dead-letters` lists it")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!DEAD_LETTER_ID.matcher(id).matches()) {
            throw new ParameterException(spec.commandLine(), "--id must be PARTITION:OFFSET, e.g. 0:42, not '" + id + "'");
        }
        DeadLetters.DeadLetter republished = DeadLetters.republish(kafka.clientConfig(), id, kafka.timeout());
        spec.commandLine().getOut().println("Republished " + republished.id() + " to " + republished.originalTopic());
        return 0;
    }
}
