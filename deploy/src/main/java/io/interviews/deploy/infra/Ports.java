package io.interviews.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on the loopback interface. */
public final class Ports {

    private Ports() {
    }

    /**
     * Returns a port that was free on 127.0.0.1 a moment ago. Another process may take it before
     * the caller binds it; callers that can retry on "address in use" should.
     */
    public static int freeLoopbackPort() {
        return freeLoopbackPorts(1)[0];
    }

    /** Returns {@code count} distinct ports, all held open together so they cannot repeat. */
    public static int[] freeLoopbackPorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 0, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free loopback port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // nothing useful to do
                    }
                }
            }
        }
    }
}
