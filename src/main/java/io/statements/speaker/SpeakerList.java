package io.statements.speaker;

import io.smallrye.mutiny.Uni;
import io.statements.common.Cursor;
import io.statements.common.Page;
import io.statements.common.Paging;
import io.statements.replica.ReadDatabase;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * GET /speakers without q: newest first (by id), optionally by exact name or alias, keyset-paged. Read where list
 * reads go ({@link ReadDatabase}: the read replica when one is configured), on the request's event loop.
 */
@Singleton
class SpeakerList {

    private static final String LIST_FINGERPRINT = "speakers";

    private final ReadDatabase database;

    SpeakerList(ReadDatabase database) {
        this.database = database;
    }

    Uni<Page<SpeakerResponse>> list(String name, String cursor, String requestedLimit) {
        int limit = Paging.limit(requestedLimit);
        String fingerprint = LIST_FINGERPRINT + (name == null ? "" : ":" + NameKeys.key(name));
        UUID after = cursor == null ? null : Cursor.decode(cursor, fingerprint, 1).uuidAt(0);
        StringBuilder sql = new StringBuilder("select s.* from speaker s where true");
        Tuple args = Tuple.tuple();
        if (name != null) {
            args.addString(name);
            sql.append(" and s.id in (select speaker_id from speaker_name where name_key = statements_name_key($")
                    .append(args.size()).append("))");
        }
        if (after != null) {
            args.addUUID(after);
            sql.append(" and s.id < $").append(args.size());
        }
        args.addInteger(limit + 1);
        sql.append(" order by s.id desc limit $").append(args.size());
        return database.query(sql.toString(), args).map(rows -> Paging.page(speakers(rows), limit, s -> s,
                s -> new Cursor(fingerprint, List.of(s.id().toString()))));
    }

    static List<SpeakerResponse> speakers(RowSet<Row> rows) {
        List<SpeakerResponse> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(SpeakerResponse.of(row));
        }
        return out;
    }
}
