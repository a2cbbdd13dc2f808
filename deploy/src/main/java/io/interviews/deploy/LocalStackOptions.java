package io.interviews.deploy;

import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.ServiceSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** What the commands that start the local stack ({@code demo}, {@code up}, and the bench's) share. */
public final class LocalStackOptions {

    static final String DATABASE_ENVIRONMENT = "%nEnvironment: INTERVIEW_DB_URL, INTERVIEW_DB_USER and INTERVIEW_DB_PASSWORD "
            + "use that PostgreSQL instead of an embedded one.%nLogs: deploy/target/local-stack/logs/";

    @Option(names = "--project-root", paramLabel = "DIR", defaultValue = ".",
            description = "the repository's root, whose built services the local stack runs (default: current directory)")
    Path projectRoot;

    /** {@code --project-root}, absolute. */
    public Path projectRoot() {
        return projectRoot.toAbsolutePath().normalize();
    }

    LocalStack start() {
        return start("deploy/target/local-stack", ServiceSpec.defaults());
    }

    /** Starts {@code services}, built under the project root, with the stack's files under {@code workDir} there. */
    public LocalStack start(String workDir, List<ServiceSpec> services) {
        Path root = projectRoot();
        return LocalStack.start(root, root.resolve(workDir), services);
    }
}
