package io.interviews.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A process of the stack whose cost the bench reads from {@code /proc}: CPU time (user + system) and resident memory
 * (all of it, and its anonymous part).
 * For PostgreSQL, {@code withChildren} counts the postmaster's backends too, and the CPU time of backends that have
 * already exited (which the kernel adds to the postmaster's {@code cutime}/{@code cstime}).
 */
record StackProcess(String name, long pid, boolean withChildren) {

    /** Clock ticks per second of {@code /proc/<pid>/stat}'s times: USER_HZ, 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    /** CPU time so far in milliseconds; 0 once the process is gone. */
    double cpuMillis() {
        long ticks = 0;
        for (long process : pids()) {
            List<String> fields = statFields(process);
            if (fields.size() > 16) {
                // after "pid (comm)": field 14 utime, 15 stime, 16 cutime, 17 cstime (1-based, proc(5))
                ticks += Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
                if (process == pid && withChildren) {
                    ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
                }
            }
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** Resident memory ({@code VmRSS}) in MB, summed over the children when they count. */
    double rssMegabytes() {
        return statusMegabytes("VmRSS:");
    }

    /**
     * Of the resident memory, the anonymous part ({@code RssAnon}) in MB: the process's own, unlike the pages of mapped
     * files (a class-data archive, the JDK's libraries), which the kernel can drop and read again.
     */
    double anonymousMegabytes() {
        return statusMegabytes("RssAnon:");
    }

    private double statusMegabytes(String field) {
        long kilobytes = 0;
        for (long process : pids()) {
            try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process), "status"))) {
                kilobytes += lines.filter(line -> line.startsWith(field))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .sum();
            } catch (IOException | java.io.UncheckedIOException e) {
                // the process exited meanwhile: it holds no memory
            }
        }
        return kilobytes / 1024.0;
    }

    private List<Long> pids() {
        List<Long> pids = new ArrayList<>(List.of(pid));
        if (withChildren) {
            ProcessHandle.of(pid).ifPresent(process -> process.descendants().forEach(child -> pids.add(child.pid())));
        }
        return pids;
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name (which may hold spaces); empty if it is gone. */
    private static List<String> statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return List.of(stat.substring(stat.lastIndexOf(')') + 2).trim().split(" "));
        } catch (IOException e) {
            return List.of();
        }
    }
}
