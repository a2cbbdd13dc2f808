package io.interviews.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The classes a whole run of an application jar loaded, kept beside it as {@code <jar>.jsa} (a JDK dynamic class-data
 * archive), so the next start maps them instead of reading, verifying and linking them again: the start-up of a
 * service, and of a service restarted after a crash, is mostly class loading. A start finds the archive usable when it
 * is newer than the jar (the JVM checks the rest itself and starts without it on a mismatch); otherwise that start
 * records one (-XX:ArchiveClassesAtExit), which the JVM writes when the process ends gracefully, into a file of its own
 * that {@link #keep(boolean)} then puts in place (two runs recording at once do not write into each other's file).
 */
final class ClassDataArchive {

    private static final AtomicInteger RECORDINGS = new AtomicInteger();
    private final Path archive;
    private final Path recording;

    private ClassDataArchive(Path archive, Path recording) {
        this.archive = archive;
        this.recording = recording;
    }

    /** The archive of {@code jar} run with {@code java -jar}: mapped if usable, else recorded by this start. */
    static ClassDataArchive of(Path jar) {
        return beside(jar, jar.getFileName() + ".jsa");
    }

    /**
     * The archive of another program whose classes come from {@code jar} and libraries that change only with it
     * (the Kafka broker's classpath starts with deploy's jar), kept beside it as {@code name}.
     */
    static ClassDataArchive beside(Path jar, String name) {
        Path archive = jar.resolveSibling(name);
        if (isUsable(archive, jar)) {
            return new ClassDataArchive(archive, null);
        }
        return new ClassDataArchive(archive, jar.resolveSibling(name + "."
                + ProcessHandle.current().pid() + "-" + RECORDINGS.incrementAndGet() + ".part"));
    }

    private static boolean isUsable(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The JVM options that map the archive or record it. Mapped at the address it was written for: the JDK 17 here
     * (17.0.15) relocates archives by default (ArchiveRelocationMode=1, address-space randomisation), which rewrites
     * their pointers and so turns all of the 110-130 MB into memory private to each process; at its own address the
     * archive's read-only part stays clean pages of the file.
     */
    List<String> jvmOptions() {
        return recording == null
                ? List.of("-XX:SharedArchiveFile=" + archive, "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:ArchiveRelocationMode=0")
                : List.of("-XX:ArchiveClassesAtExit=" + recording);
    }

    boolean records() {
        return recording != null;
    }

    /**
     * After the process ended: the archive the JVM recorded at a graceful exit becomes the jar's archive. After a
     * SIGKILL there is none, or a file cut short, which is dropped.
     */
    void keep(boolean exitedGracefully) {
        if (recording == null) {
            return;
        }
        try {
            if (exitedGracefully && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the class-data archive " + recording, e);
        }
    }
}
