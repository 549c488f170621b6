package io.statements.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports for processes a test starts (the packaged service, PostgreSQL, Keycloak).
 *
 * <p>A port from {@code new ServerSocket(0)} lies in the kernel's ephemeral range, the range every outgoing connection
 * (JDBC, HTTP clients, Maven) takes its local port from; in the moment between the check and the child's bind one of
 * those can take it, and the child exits with "Port ... seems to be in use" (seen once in CI). Ports below the
 * ephemeral range are never handed out to outgoing connections, so the ports here come from there: random, checked
 * bindable on every address and on the loopback, and never the same twice in one JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port nothing listens on now and no outgoing connection will take. */
    public static int next() throws IOException {
        int ephemeralStart = ephemeralRangeStart();
        int highest = Math.max(LOWEST + 1_000, ephemeralStart);
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, highest);
            if (GIVEN.contains(port) || !bindable(port)) {
                continue;
            }
            GIVEN.add(port);
            return port;
        }
        // a machine with the whole range below the ephemeral ports in use: the system's choice, as before
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The first port of Linux's ephemeral range; 32768 (Linux's default) where it cannot be read. */
    static int ephemeralRangeStart() {
        try {
            // read as lines: /proc reports a size of 0, which some whole-file reads trust
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException notLinux) {
            return 32_768;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket any = new ServerSocket();
             ServerSocket loopback = new ServerSocket()) {
            any.setReuseAddress(false);
            any.bind(new InetSocketAddress(port));
            any.close();
            loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}
