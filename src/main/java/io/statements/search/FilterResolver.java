package io.statements.search;

import io.smallrye.mutiny.Uni;
import io.statements.outlet.Domains;
import io.vertx.sqlclient.Row;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns speaker names/aliases, outlet domains/names and article URLs into ids before the main query,
 * so the main query filters on plain id columns (one id becomes an equality the keyset indexes serve
 * in order). Id and name constraints on the same entity are AND-ed: their intersection remains.
 * The same lookups run over JDBC (the alert matcher, in the writer's transaction) or the non-blocking client
 * (searches, aggregations, the export and the utterance list, on the database list reads use).
 */
final class FilterResolver {

    private static final String SPEAKERS = "select distinct speaker_id from speaker_name where name_key = any("
            + "select statements_name_key(x) from unnest(?::text[]) x)";
    private static final String OUTLETS = "select id from outlet where domain = any(?::text[]) or "
            + "statements_name_key(name) = any(select statements_name_key(x) from unnest(?::text[]) x)";
    private static final String ARTICLES = "select id from article where url = any(?::text[])";

    private FilterResolver() {
    }

    static StatementFilter resolve(Connection c, StatementFilter f) throws SQLException {
        List<Sql> lookups = lookups(f);
        List<List<UUID>> found = new ArrayList<>(3);
        for (Sql lookup : lookups) {
            found.add(lookup == null ? null : ids(c, lookup));
        }
        return combine(f, found.get(0), found.get(1), found.get(2));
    }

    static Uni<StatementFilter> resolve(SearchDatabase db, StatementFilter f) {
        return resolve(db, f, Uni.createFrom()::item);
    }

    /**
     * Resolves the filter and continues with {@code then}; a filter that names nothing by name goes to {@code then}
     * at once, without a Uni stage in between (the common case of a search page).
     */
    static <T> Uni<T> resolve(SearchDatabase db, StatementFilter f, Function<StatementFilter, Uni<T>> then) {
        List<Sql> lookups = lookups(f);
        if (lookups.stream().allMatch(Objects::isNull)) {
            return then.apply(combine(f, null, null, null));
        }
        Uni<StatementFilter> resolved = Uni.combine().all()
                .unis(ids(db, lookups.get(0)), ids(db, lookups.get(1)), ids(db, lookups.get(2)))
                .with((speakers, outlets, articles) -> combine(f, speakers, outlets, articles));
        return resolved.chain(then::apply);
    }

    /** The speaker, outlet and article lookups the filter needs (null where it names none). */
    private static List<Sql> lookups(StatementFilter f) {
        List<Sql> lookups = new ArrayList<>(3);
        lookups.add(f.speakers().isEmpty() ? null : new Sql().add(SPEAKERS, (Object) Sql.strings(f.speakers())));
        lookups.add(f.outlets().isEmpty() ? null : new Sql().add(OUTLETS,
                f.outlets().stream().map(Domains::canonical).toArray(String[]::new), Sql.strings(f.outlets())));
        lookups.add(f.articleUrls().isEmpty() ? null : new Sql().add(ARTICLES,
                (Object) f.articleUrls().stream().map(String::strip).toArray(String[]::new)));
        return lookups;
    }

    /** Null lists mean "not looked up". */
    private static StatementFilter combine(StatementFilter f, List<UUID> speakersByName, List<UUID> outletsByName,
                                           List<UUID> articles) {
        boolean nothing = false;
        List<UUID> speakers = f.speakerIds();
        if (speakersByName != null) {
            speakers = intersect(speakers, speakersByName);
            nothing = speakers.isEmpty();
        }
        List<UUID> outlets = f.outletIds();
        if (outletsByName != null) {
            outlets = intersect(outlets, outletsByName);
            nothing |= outlets.isEmpty();
        }
        if (articles != null) {
            nothing |= articles.isEmpty();
        }
        return f.resolved(speakers, outlets, articles == null ? List.of() : articles, nothing);
    }

    private static List<UUID> intersect(List<UUID> given, List<UUID> byName) {
        if (given.isEmpty()) {
            return byName;
        }
        Set<UUID> both = new LinkedHashSet<>(given);
        both.retainAll(byName);
        return List.copyOf(both);
    }

    private static List<UUID> ids(Connection c, Sql lookup) throws SQLException {
        try (PreparedStatement st = lookup.prepare(c); ResultSet rs = st.executeQuery()) {
            List<UUID> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
            return ids;
        }
    }

    private static Uni<List<UUID>> ids(SearchDatabase db, Sql lookup) {
        if (lookup == null) {
            return Uni.createFrom().nullItem();
        }
        return db.query(lookup).map(rows -> {
            List<UUID> ids = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ids.add(row.getUUID(0));
            }
            return ids;
        });
    }
}
