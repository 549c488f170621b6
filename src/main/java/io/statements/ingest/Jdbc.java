package io.statements.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Set-based statements with array parameters: one round trip for a whole chunk of lines. */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Jdbc() {
    }

    static Array texts(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray(String[]::new));
    }

    static Array uuids(Connection c, Collection<UUID> values) throws SQLException {
        return c.createArrayOf("uuid", values.toArray(UUID[]::new));
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        }
    }

    /** Takes transaction-scoped advisory locks in a fixed order, so that concurrent batches cannot deadlock. */
    static void lockAll(Connection c, String prefix, Collection<String> keys) throws SQLException {
        if (!keys.isEmpty()) {
            query(c, "select pg_advisory_xact_lock(hashtext(? || k)) from (select distinct k from unnest(?::text[]) k"
                    + " order by k) x", rs -> null, prefix, texts(c, keys));
        }
    }
}
