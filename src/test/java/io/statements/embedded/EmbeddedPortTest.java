package io.statements.embedded;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The embedded database never takes the HTTP port: it starts first, and "any free port" once was the port the service
 * was about to listen on (EmbeddedDefaultIT picks its HTTP port as a free port too), so the service failed to start.
 */
class EmbeddedPortTest {

    @Test
    void aFreePortThatIsTheHttpPortIsPassedOver() throws IOException {
        ArrayDeque<Integer> offered = new ArrayDeque<>(List.of(33017, 33017, 41002));
        assertEquals(41002, EmbeddedDatabase.portOtherThan(33017, offered::poll));
    }

    @Test
    void aSystemThatOffersOnlyTheHttpPortIsAnError() {
        assertThrows(IOException.class, () -> EmbeddedDatabase.portOtherThan(33017, () -> 33017));
    }

    @Test
    void theSystemsFreePortIsNotTheHttpPort() throws IOException {
        int http;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            http = socket.getLocalPort();
        }
        for (int i = 0; i < 50; i++) {
            assertNotEquals(http, EmbeddedDatabase.freePortOtherThan(http));
        }
    }
}
