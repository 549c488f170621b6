package io.statements.search;

import io.statements.outlet.Domains;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns speaker names/aliases, outlet domains/names and article URLs into ids before the main query,
 * so the main query filters on plain id columns (one id becomes an equality the keyset indexes serve
 * in order). Id and name constraints on the same entity are AND-ed: their intersection remains.
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
        boolean nothing = false;
        List<UUID> speakers = f.speakerIds();
        if (!f.speakers().isEmpty()) {
            speakers = combine(speakers, ids(c, SPEAKERS, Sql.strings(f.speakers())));
            nothing = speakers.isEmpty();
        }
        List<UUID> outlets = f.outletIds();
        if (!f.outlets().isEmpty()) {
            String[] domains = f.outlets().stream().map(Domains::canonical).toArray(String[]::new);
            outlets = combine(outlets, ids(c, OUTLETS, domains, Sql.strings(f.outlets())));
            nothing |= outlets.isEmpty();
        }
        List<UUID> articles = List.of();
        if (!f.articleUrls().isEmpty()) {
            articles = ids(c, ARTICLES, f.articleUrls().stream().map(String::strip).toArray(String[]::new));
            nothing |= articles.isEmpty();
        }
        return f.resolved(speakers, outlets, articles, nothing);
    }

    private static List<UUID> combine(List<UUID> given, List<UUID> byName) {
        if (given.isEmpty()) {
            return byName;
        }
        Set<UUID> both = new LinkedHashSet<>(given);
        both.retainAll(byName);
        return List.copyOf(both);
    }

    private static List<UUID> ids(Connection c, String sql, String[]... arrays) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < arrays.length; i++) {
                st.setArray(i + 1, c.createArrayOf("text", arrays[i]));
            }
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }
}
