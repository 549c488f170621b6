package io.statements.ingest;

import io.statements.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives a bulk body into a temporary file, enforcing the byte and line limits as it arrives. Spooling keeps
 * memory flat for any body size, lets a limit violation be a clean 413 before any line is imported, and means the
 * response is written only after the client has finished sending, so a client that sends its whole body before
 * reading (most HTTP clients) cannot deadlock against a server that already writes results.
 */
@ApplicationScoped
class BulkSpool {

    private final BulkLimits limits;

    BulkSpool(BulkLimits limits) {
        this.limits = limits;
    }

    Path receive(InputStream body) throws IOException {
        Path file = Files.createTempFile("statements-bulk-", ".ndjson");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long bytes = 0;
            long lines = 0;
            int last = '\n';
            int n;
            while ((n = read(body, buffer, bytes)) != -1) {
                bytes += n;
                if (bytes > limits.maxBytes()) {
                    throw ApiException.tooLarge(limits.maxBytes());
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                if (n > 0) {
                    last = buffer[n - 1];
                }
                if (lines + (last == '\n' ? 0 : 1) > limits.maxLines()) {
                    throw new ApiException(413, "/problems/too-many-lines", "Payload Too Large",
                            "The body has more than " + limits.maxLines() + " lines; split it into several requests", null);
                }
                out.write(buffer, 0, n);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Should the HTTP layer's own ceiling (set just above ours, BulkEarlyLimit) trip first, that is a 413 too. */
    private int read(InputStream body, byte[] buffer, long sofar) throws IOException {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            if (sofar + buffer.length >= limits.maxBytes()) {
                throw ApiException.tooLarge(limits.maxBytes());
            }
            throw e;
        }
    }
}
