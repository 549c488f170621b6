package io.statements.outlet;

import io.smallrye.mutiny.Uni;
import io.statements.common.Cursor;
import io.statements.common.Page;
import io.statements.common.Paging;
import io.statements.replica.ReadDatabase;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * GET /outlets: newest first (by id), optionally by domain, keyset-paged. Read where list reads go
 * ({@link ReadDatabase}: the read replica when one is configured), on the request's event loop.
 */
@Singleton
class OutletList {

    private static final String LIST_FINGERPRINT = "outlets";

    private final ReadDatabase database;

    OutletList(ReadDatabase database) {
        this.database = database;
    }

    Uni<Page<OutletResponse>> list(String domain, String cursor, String requestedLimit) {
        int limit = Paging.limit(requestedLimit);
        String fingerprint = LIST_FINGERPRINT + (domain == null ? "" : ":" + Domains.canonical(domain));
        UUID after = cursor == null ? null : Cursor.decode(cursor, fingerprint, 1).uuidAt(0);
        StringBuilder sql = new StringBuilder("select o.* from outlet o where true");
        Tuple args = Tuple.tuple();
        if (domain != null) {
            args.addString(Domains.canonical(domain));
            sql.append(" and o.domain = $").append(args.size());
        }
        if (after != null) {
            args.addUUID(after);
            sql.append(" and o.id < $").append(args.size());
        }
        args.addInteger(limit + 1);
        sql.append(" order by o.id desc limit $").append(args.size());
        return database.query(sql.toString(), args).map(rows -> {
            List<OutletResponse> outlets = new ArrayList<>(rows.size());
            for (Row row : rows) {
                outlets.add(OutletResponse.of(row));
            }
            return Paging.page(outlets, limit, o -> o, o -> new Cursor(fingerprint, List.of(o.id().toString())));
        });
    }
}
