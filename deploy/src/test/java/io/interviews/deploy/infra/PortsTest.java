package io.interviews.deploy.infra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PortsTest {

    @Test
    void portsAreDistinctBindableAndBelowTheEphemeralRangeOutgoingConnectionsUse() throws IOException {
        int ephemeralStart = Ports.ephemeralRangeStart();
        assumeTrue(ephemeralStart > Ports.LOWEST + 1_000, "no ephemeral range to read on this system");

        int[] ports = Ports.freeLoopbackPorts(12);

        assertEquals(12, Arrays.stream(ports).distinct().count(), Arrays.toString(ports));
        for (int port : ports) {
            assertTrue(port >= Ports.LOWEST && port < ephemeralStart, port + " outside [" + Ports.LOWEST + ", "
                    + ephemeralStart + ")");
            try (ServerSocket bound = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
                assertEquals(port, bound.getLocalPort());
            }
        }
    }

    @Test
    void aPortIsFreeOnlyWhileNothingListensOnIt() throws IOException {
        int port = Ports.freeLoopbackPort();
        assertTrue(Ports.isFree(port));
        try (ServerSocket listening = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
            assertFalse(Ports.isFree(port));
        }
        assertTrue(Ports.isFree(port));
    }
}
