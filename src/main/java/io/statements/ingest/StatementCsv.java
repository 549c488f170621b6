package io.statements.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.statements.statement.StatementResponse;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * RFC 4180 CSV of statements (jackson-dataformat-csv): a header row, then one row a statement; topics joined with
 * "; ". Cells a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are prefixed with an
 * apostrophe, so an exported statement cannot execute anything when the file is opened (CSV injection).
 */
final class StatementCsv implements Closeable {

    /** The header line; a compile-time constant so that the contract can quote it. */
    static final String COLUMNS = "id,text,kind,speaker_id,speaker_name,outlet_id,outlet_domain,article_url,cue,"
            + "channel,via,stance,stance_target,topics,language,stated_at,reported_at,origin,created_at,updated_at,"
            + "version,external_id";
    static final List<String> HEADER = List.of(COLUMNS.split(","));
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = schema();

    private final SequenceWriter rows;

    StatementCsv(OutputStream out) throws IOException {
        // the response stream belongs to the caller: closing the CSV must not close it
        this.rows = CSV.writerFor(String[].class).with(SCHEMA).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out);
        rows.write(HEADER.toArray(new String[0])); // at once, so even an export that matches nothing has it
    }

    void row(StatementResponse s) throws IOException {
        rows.write(new String[]{
                s.id().toString(),
                cell(s.text()),
                name(s.kind()),
                s.speaker().id().toString(),
                cell(s.speaker().name()),
                s.outlet().id().toString(),
                cell(s.outlet().domain()),
                s.article() == null ? null : cell(s.article().url()),
                cell(s.cue()),
                name(s.channel()),
                cell(s.via()),
                name(s.stance()),
                cell(s.stanceTarget()),
                cell(String.join("; ", s.topics())),
                cell(s.language()),
                time(s.statedAt()),
                time(s.reportedAt()),
                name(s.origin()),
                time(s.createdAt()),
                time(s.updatedAt()),
                Long.toString(s.version()),
                cell(s.externalId())});
    }

    void flush() throws IOException {
        rows.flush();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** Neutralises a spreadsheet formula (OWASP CSV injection guidance); other text is left as it is. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n").setNullValue("");
        HEADER.forEach(builder::addColumn);
        return builder.build();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String time(Instant value) {
        return value == null ? null : value.toString();
    }
}
