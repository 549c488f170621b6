package io.statements.search;

import io.smallrye.mutiny.Uni;
import io.statements.statement.StatementResponse;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * GET /statements/export's reads (#16): keyset batches by id, read where searches read (the replica when one is
 * configured, else the primary), each a short query of its own: no connection or snapshot is held while a slow
 * client reads, and every statement that exists throughout the export appears exactly once.
 */
@Singleton
public class StatementExport {

    private final SearchDatabase database;
    private final StatementSearch search;

    StatementExport(SearchDatabase database, StatementSearch search) {
        this.database = database;
        this.search = search;
    }

    /** The batches of one export; opened while the request is active, read as the client takes them. */
    public interface Batches {
        /** Up to {@code size} statements after {@code afterId} (from the start when null), in id order. */
        List<StatementResponse> after(UUID afterId, int size);
    }

    /**
     * Checks the filters (the same parameters, checks and meaning as GET /statements), resolves names to ids once
     * for the whole export, and fixes the database the batches read; runs on a worker thread (the export's), so it
     * may wait for the resolution.
     */
    public Batches open(FilterParams filters, MultivaluedMap<String, String> query) {
        Params.requireKnown(query, FilterParams.NAMES, SearchApi.MULTI_VALUED);
        // names resolved where the batches read (before the database is pinned: the same choice, made once)
        StatementFilter filter = search.resolved(StatementFilter.parse(filters)).await().indefinitely();
        Function<Sql, Uni<RowSet<Row>>> reads = database.pinned();
        return (afterId, size) -> reads.apply(StatementQueries.exportBatch(filter, afterId, size))
                .onFailure(PgException.class).transform(e -> new IllegalStateException("statement export failed", e))
                .map(StatementExport::statements).await().indefinitely();
    }

    private static List<StatementResponse> statements(RowSet<Row> rows) {
        List<StatementResponse> out = new ArrayList<>(rows.size());
        StatementHit.Columns columns = null;
        for (Row row : rows) {
            if (columns == null) {
                columns = new StatementHit.Columns(row);
            }
            StatementHit h = columns.read(row, false);
            out.add(new StatementResponse(h.id(), h.text(), h.kind(), h.speaker(), h.outlet(), h.article(), h.cue(),
                    h.channel(), h.via(), h.stance(), h.stanceTarget(), h.topics(), h.language(), h.languageDetected(),
                    h.statedAt(), h.reportedAt(), h.origin(), h.createdAt(), h.updatedAt(), h.version(),
                    row.getString("created_by"), row.getString("updated_by"), h.utterance(), h.externalId()));
        }
        return out;
    }
}
