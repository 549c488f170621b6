package io.statements.ops;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * One JSON object per line: timestamp (RFC 3339 UTC), level, logger, message, thread, request_id, the rest of the
 * MDC, and the exception's stack trace. Written with Jackson rather than the log manager's JsonFormatter, whose
 * JSON-P lookup cannot see application libraries in the packaged (fast-jar) class loader layout.
 */
final class JsonLogFormatter extends ExtFormatter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String format(ExtLogRecord record) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("timestamp", record.getInstant().toString());
            json.writeStringField("level", record.getLevel().getName());
            json.writeStringField("logger", record.getLoggerName());
            json.writeStringField("message", formatMessage(record));
            json.writeStringField("thread", record.getThreadName());
            Map<String, String> mdc = new TreeMap<>(record.getMdcCopy());
            String requestId = mdc.remove(RequestIds.MDC_KEY);
            if (requestId != null) {
                json.writeStringField(RequestIds.MDC_KEY, requestId);
            }
            if (!mdc.isEmpty()) {
                json.writeObjectFieldStart("mdc");
                for (Map.Entry<String, String> entry : mdc.entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                json.writeStringField("exception", trace.toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append(System.lineSeparator()).toString();
    }
}
