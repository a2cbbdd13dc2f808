package io.interviews.evaluation;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository whose files a command rewrites ({@code --repo}), as a picocli {@code @Mixin}. */
final class RepositoryOption {

    @Option(names = "--repo", defaultValue = ".", description = "the repository's root (default: current directory)")
    Path root;

    /** Where stage-kit keeps the rubric brain's file {@code name}, its folder created if missing. */
    Path rubricResource(String name) throws IOException {
        Path file = root.resolve(Calibration.RUBRIC_RESOURCES).resolve(name);
        Files.createDirectories(file.getParent());
        return file;
    }
}
