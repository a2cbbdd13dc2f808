package io.interviews.deploy;

import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.ServiceSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** What the commands that start the local stack ({@code demo}, {@code up}) share. */
final class LocalStackOptions {

    static final String DATABASE_ENVIRONMENT = "%nEnvironment: INTERVIEW_DB_URL, INTERVIEW_DB_USER and INTERVIEW_DB_PASSWORD "
            + "use that PostgreSQL instead of an embedded one.%nLogs: deploy/target/local-stack/logs/";

    @Option(names = "--project-root", paramLabel = "DIR", defaultValue = ".",
            description = "the repository's root, whose built services the stack runs (default: current directory)")
    Path projectRoot;

    LocalStack start() {
        Path root = projectRoot.toAbsolutePath().normalize();
        return LocalStack.start(root, root.resolve("deploy/target/local-stack"), ServiceSpec.defaults());
    }
}
