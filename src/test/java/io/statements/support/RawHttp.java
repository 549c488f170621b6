package io.statements.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes exactly as given over a socket and reads one HTTP/1.1 answer: for requests no HTTP client library will
 * send (a NUL in the URL, an empty Accept, a broken request line, invalid UTF-8 in a body).
 */
public final class RawHttp {

    /** One answer; status 0 when the server closed the connection without answering. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            String type = header("content-type");
            return type == null ? "" : type;
        }
    }

    private RawHttp() {
    }

    /** The port of the service under test (RestAssured is pointed at it by Quarkus' test framework). */
    public static int port() {
        return io.restassured.RestAssured.port;
    }

    /** A request: {@code head} is the request line and headers without the blank line; Content-Length is added. */
    public static Answer send(String head, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        String lower = head.toLowerCase(Locale.ROOT);
        if (!lower.contains("\r\nhost:")) {
            request.writeBytes(("\r\nHost: localhost:" + port()).getBytes(StandardCharsets.ISO_8859_1));
        }
        if (!lower.contains("\r\nauthorization:")) {
            // like every other test client: the test admin key unless the request names its own credentials
            request.writeBytes(("\r\nAuthorization: Bearer " + TestCredentials.ADMIN_KEY).getBytes(StandardCharsets.ISO_8859_1));
        }
        if (body != null && !lower.contains("\r\ncontent-length:") && !lower.contains("\r\ntransfer-encoding:")) {
            request.writeBytes(("\r\nContent-Length: " + body.length).getBytes(StandardCharsets.ISO_8859_1));
        }
        request.writeBytes("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        return exchange(request.toByteArray());
    }

    public static Answer exchange(byte[] raw) {
        return exchange(raw, 30_000);
    }

    /** Sends {@code raw} and reads until the server closes, or for at most {@code timeoutMillis} of silence. */
    public static Answer exchange(byte[] raw, int timeoutMillis) {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(raw);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading everything; read what it said
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // take what arrived
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Answer(0, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            try {
                body = dechunk(body);
            } catch (RuntimeException e) {
                // a stream cut off mid-chunk: keep the raw text
            }
        }
        return new Answer(status, headers, body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            // sizes count bytes; bodies here are problem+json, ASCII in practice
            out.append(body, start, Math.min(body.length(), start + size));
            at = start + size + 2;
        }
        return out.toString();
    }
}
