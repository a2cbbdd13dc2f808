package io.interviews.stage.config;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "interview.stage")
public interface StageConfig {

    /** The stage this service interviews for, as named in interview plans (e.g. {@code tech}). */
    String name();

    /**
     * Directory holding {@code bank-en.json} and {@code bank-zh.json}; when unset they are read from the
     * classpath at {@code interview-stages/<name>/}.
     */
    Optional<Path> bankDir();
}
