package io.statements.ingest;

import io.statements.statement.StatementResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV of statements: a header row, then one row a statement; topics joined with "; ". */
final class CsvWriter {

    static final List<String> HEADER = List.of("id", "text", "kind", "speaker_id", "speaker_name", "outlet_id",
            "outlet_domain", "article_url", "cue", "channel", "via", "stance", "stance_target", "topics", "language",
            "stated_at", "reported_at", "origin", "created_at", "updated_at", "version");

    private final OutputStream out;

    CsvWriter(OutputStream out) throws IOException {
        this.out = out;
        write(HEADER);
    }

    void row(StatementResponse s) throws IOException {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(s.id().toString());
        cells.add(s.text());
        cells.add(name(s.kind()));
        cells.add(s.speaker().id().toString());
        cells.add(s.speaker().name());
        cells.add(s.outlet().id().toString());
        cells.add(s.outlet().domain());
        cells.add(s.article() == null ? null : s.article().url());
        cells.add(s.cue());
        cells.add(name(s.channel()));
        cells.add(s.via());
        cells.add(name(s.stance()));
        cells.add(s.stanceTarget());
        cells.add(String.join("; ", s.topics()));
        cells.add(s.language());
        cells.add(time(s.statedAt()));
        cells.add(time(s.reportedAt()));
        cells.add(name(s.origin()));
        cells.add(time(s.createdAt()));
        cells.add(time(s.updatedAt()));
        cells.add(Long.toString(s.version()));
        write(cells);
    }

    private void write(List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        out.write(line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String time(Instant value) {
        return value == null ? null : value.toString();
    }
}
