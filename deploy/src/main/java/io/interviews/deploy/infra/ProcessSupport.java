package io.interviews.deploy.infra;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Small helpers shared by the child-process wrappers. */
final class ProcessSupport {

    static final Duration GRACEFUL_STOP = Duration.ofSeconds(10);
    private static final int TAIL_BYTES = 16 * 1024;
    private static final int KEPT_LOGS = 5;

    private ProcessSupport() {
    }

    /** The {@code java} launcher of the running JVM, so children use the same Java version. */
    static String javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path java = bin.resolve("java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        Path windows = bin.resolve("java.exe");
        return Files.isExecutable(windows) ? windows.toString() : "java";
    }

    /** destroy (SIGTERM), wait up to 10 s, then destroyForcibly (SIGKILL) the process and its descendants. */
    static void stop(Process process) {
        stop(process, GRACEFUL_STOP);
    }

    /**
     * destroy (SIGTERM), wait up to {@code grace}, then destroyForcibly (SIGKILL) the process and its descendants.
     *
     * @return whether the process ended by itself (not killed here)
     */
    static boolean stop(Process process, Duration grace) {
        if (process == null) {
            return true;
        }
        boolean ended = true;
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    ended = false;
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                ended = false;
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly(process);
        return ended;
    }

    /** destroyForcibly (SIGKILL) the process alone, as {@code kill -9} would, and wait until it is gone. */
    static void kill(Process process) {
        process.destroyForcibly();
        try {
            if (!process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("process " + process.pid() + " still alive after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for process " + process.pid() + " to die", e);
        }
        closeQuietly(process);
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the child is gone; nothing to flush
        }
    }

    /** The last {@code maxLines} lines of a (log) file, or a note why there are none. */
    static String tail(Path file, int maxLines) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long start = Math.max(0, length - TAIL_BYTES);
            byte[] bytes = new byte[(int) (length - start)];
            raf.seek(start);
            raf.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            int from = Math.max(0, lines.length - maxLines);
            // The first line may be cut in the middle when we started mid-file; drop it.
            if (start > 0 && from == 0 && lines.length > 1) {
                from = 1;
            }
            return String.join(System.lineSeparator(), java.util.Arrays.copyOfRange(lines, from, lines.length));
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return "(no log file " + file + ")";
        } catch (IOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    static String describeFailure(String what, Path log) {
        return what + System.lineSeparator() + "--- last lines of " + log + " ---" + System.lineSeparator()
                + tail(log, 60);
    }

    /**
     * Keeps the log an earlier process left at {@code log}: it moves to {@code log.1}, an older {@code log.1} to
     * {@code log.2}, and so on up to {@value #KEPT_LOGS} (the oldest beyond is deleted), so a restarted process starts
     * a fresh file and what the crashed one wrote is still there to read.
     */
    static void keepEarlierLog(Path log) throws IOException {
        if (!Files.exists(log)) {
            return;
        }
        Files.deleteIfExists(numbered(log, KEPT_LOGS));
        for (int n = KEPT_LOGS - 1; n >= 1; n--) {
            if (Files.exists(numbered(log, n))) {
                Files.move(numbered(log, n), numbered(log, n + 1));
            }
        }
        Files.move(log, numbered(log, 1));
    }

    private static Path numbered(Path log, int n) {
        return log.resolveSibling(log.getFileName() + "." + n);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
