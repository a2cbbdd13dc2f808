package io.interviews.stage.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a snippet runs: fresh user, PID, mount, IPC, UTS and network namespaces made by {@code unshare} (no host
 * privilege needed, only user namespaces), so the snippet is PID 1 of its own process tree and sees none of the
 * service's processes; a root built from a tmpfs holding read-only binds of the system directories and the language
 * runtimes, a proc of its own PID namespace, four device nodes and a private tmpfs as its only writable place; every
 * capability dropped and no new privileges. The service's files, environment, configuration and temporary directory
 * are simply not there. When the service runs as root the sandbox first becomes an unprivileged user, since root is
 * exempt from the process limit. Killing the namespace's PID 1 kills everything in it; the sandbox dies with the
 * thread that started it.
 */
final class Sandbox {

    /** The snippet's {@code PATH}; interpreters named without a path are looked up here. */
    static final List<String> PATH = List.of("/usr/local/bin", "/usr/bin", "/bin");
    private static final List<String> SYSTEM = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
    private static final String SCRIPT = script();

    private final List<String> launcher;
    private final List<String> readOnly;

    private Sandbox(List<String> launcher, List<String> readOnly) {
        this.launcher = launcher;
        this.readOnly = readOnly;
    }

    /**
     * @param runtimes directories the interpreters need besides the system directories (read-only in the sandbox)
     */
    static Sandbox of(int sandboxUid, List<Path> runtimes) {
        List<String> launcher = new ArrayList<>(List.of("setpriv", "--pdeathsig", "KILL"));
        if (hostUid() == 0) {
            String uid = Integer.toString(sandboxUid);
            launcher.addAll(List.of("--reuid", uid, "--regid", uid, "--clear-groups"));
        }
        launcher.addAll(List.of("--", "unshare", "--user", "--map-root-user", "--pid", "--fork", "--kill-child=SIGKILL",
                "--mount", "--ipc", "--uts", "--net", "--", "/bin/sh", "-c", SCRIPT, "sandbox"));
        List<String> readOnly = new ArrayList<>(SYSTEM.stream().filter(path -> Files.exists(Path.of(path))).toList());
        runtimes.stream().sorted(Comparator.comparingInt(Path::getNameCount)).forEach(runtime -> {
            if (readOnly.stream().noneMatch(bound -> runtime.startsWith(bound))) {
                readOnly.add(runtime.toString());
            }
        });
        return new Sandbox(List.copyOf(launcher), List.copyOf(readOnly));
    }

    /**
     * The command that runs {@code snippet} in the sandbox, in a private working directory at the path of
     * {@code runDirectory} (which stays empty on the host). Its standard input is written to {@code fileName} there
     * first; the snippet itself reads {@code /dev/null}.
     */
    List<String> command(Path runDirectory, long workKibibytes, String fileName, List<String> snippet) {
        List<String> command = new ArrayList<>(launcher);
        command.add(runDirectory.toString());
        command.add(Long.toString(workKibibytes));
        command.add(Integer.toString(readOnly.size()));
        command.addAll(readOnly);
        command.add(fileName);
        command.addAll(snippet);
        return command;
    }

    /** The directory a runtime lives in, and the directories its absolute symbolic links lead to. */
    static List<Path> runtimeDirectories(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            List<Path> directories = new ArrayList<>();
            directories.add(home.toRealPath());
            for (Path link : files.filter(Files::isSymbolicLink).toList()) {
                if (Files.exists(link)) {
                    directories.add(link.toRealPath().getParent());
                }
            }
            return directories;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + home, e);
        }
    }

    private static int hostUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tell which user this service runs as", e);
        }
    }

    private static String script() {
        try (InputStream in = Sandbox.class.getResourceAsStream("sandbox.sh")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox.sh is missing from the classpath", e);
        }
    }
}
