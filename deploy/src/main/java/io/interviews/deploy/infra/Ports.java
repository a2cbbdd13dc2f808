package io.interviews.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on the loopback interface, chosen below the kernel's ephemeral range: a port from that range can be
 * handed to any outgoing connection (a Kafka or database client of the stack itself) between the moment it was found
 * free and the moment a service binds it, and the service then fails to start ("port in use"). A port below the
 * range is never given out that way.
 */
public final class Ports {

    /** Where the kernel says which local ports it gives outgoing connections. */
    static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** The lowest port chosen: above the well-known and most registered services' ports. */
    static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;

    private Ports() {
    }

    /**
     * Returns a port that was free on 127.0.0.1 a moment ago. Another process may still take it before the caller
     * binds it (though no outgoing connection will); callers that can retry on "address in use" should.
     */
    public static int freeLoopbackPort() {
        return freeLoopbackPorts(1)[0];
    }

    /** Returns {@code count} distinct ports, all held open together so they cannot repeat. */
    public static int[] freeLoopbackPorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            int below = ephemeralRangeStart();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = below > LOWEST + ATTEMPTS ? bindBelow(below) : bind(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free loopback port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing useful to do
                }
            }
        }
    }

    /** Whether nothing listens on {@code 127.0.0.1:<port>} at this moment. */
    public static boolean isFree(int port) {
        try (ServerSocket probe = bind(port)) {
            return probe.getLocalPort() == port;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range (Linux), or 0 where it cannot be read. */
    static int ephemeralRangeStart() {
        try {
            // by lines: a /proc file reports size 0, and reading it whole by that size stops after the first byte
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static ServerSocket bindBelow(int ephemeralStart) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return bind(ThreadLocalRandom.current().nextInt(LOWEST, ephemeralStart));
            } catch (IOException taken) {
                // taken by someone else: try another
            }
        }
        return bind(0);
    }

    private static ServerSocket bind(int port) throws IOException {
        return new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
    }
}
