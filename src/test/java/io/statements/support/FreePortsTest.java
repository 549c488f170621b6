package io.statements.support;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class FreePortsTest {

    @Test
    void portsLieBelowTheEphemeralRangeAndCanBeBound() throws Exception {
        int ephemeral = FreePorts.ephemeralRangeStart();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.next();
            assertTrue(port < ephemeral, port + " lies below the ephemeral range starting at " + ephemeral);
            assertTrue(seen.add(port), "no port is given twice: " + port);
            try (ServerSocket socket = new ServerSocket(port)) {
                assertTrue(socket.isBound());
            }
        }
    }
}
