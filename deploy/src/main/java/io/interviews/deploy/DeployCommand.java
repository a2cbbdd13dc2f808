package io.interviews.deploy;

import io.interviews.deploy.ops.DeadLettersCommand;
import io.interviews.deploy.ops.FunnelCommand;
import io.interviews.deploy.ops.ParkedCommand;
import io.interviews.deploy.ops.RepublishCommand;
import io.interviews.deploy.ops.TimelineCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code java -jar deploy/target/deploy-0.1.0-SNAPSHOT.jar <command>}: the local stack ({@code demo}, {@code up})
 * and the operations commands ({@code timeline}, {@code funnel}, {@code dead-letters}, {@code republish},
 * {@code parked}). Exit codes: 0 done,
 * 1 the command failed, 2 a usage error.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true, versionProvider = DeployCommand.JarVersion.class,
        description = "Runs the interview system locally and inspects its topics.",
        footer = "Run as: java -jar deploy/target/deploy-0.1.0-SNAPSHOT.jar <command> [options]",
        subcommands = {DemoCommand.class, UpCommand.class, TimelineCommand.class, FunnelCommand.class, DeadLettersCommand.class,
                RepublishCommand.class, ParkedCommand.class, CommandLine.HelpCommand.class})
public final class DeployCommand {

    public static void main(String[] args) {
        CommandLine commandLine = commandLine().setOut(utf8(System.out)).setErr(utf8(System.err));
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    /** The command line with its subcommands and exit-code rules; nothing runs until it is executed. */
    public static CommandLine commandLine() {
        return new CommandLine(new DeployCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
                    commandLine.getErr().println(commandLine.getColorScheme().errorText("error: " + describe(failure)));
                    return commandLine.getCommandSpec().exitCodeOnExecutionException();
                });
    }

    /** The failure and its causes in one line: an operator needs the reason, not the stack trace. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(Optional.ofNullable(failure.getMessage()).orElse(failure.toString()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" (caused by ").append(cause).append(')');
        }
        return text.toString();
    }

    /** Questions, answers and letters may be Chinese: print UTF-8 whatever the platform's default. */
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** {@code --version}: the jar's Implementation-Version. */
    static final class JarVersion implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = DeployCommand.class.getPackage().getImplementationVersion();
            return new String[] {"deploy " + (version == null ? "(not packaged)" : version)};
        }
    }
}
