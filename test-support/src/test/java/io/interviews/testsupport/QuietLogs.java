package io.interviews.testsupport;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps Kafka client and zonky INFO chatter out of this module's test output. */
final class QuietLogs {

    // Strong references: JUL may otherwise collect the loggers and forget the level.
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.apache.kafka"), Logger.getLogger("io.zonky"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private QuietLogs() {
    }

    static void apply() {
        // class initialisation does the work
    }
}
