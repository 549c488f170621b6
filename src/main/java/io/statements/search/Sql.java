package io.statements.search;

import io.vertx.sqlclient.Tuple;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL text with its positional parameters, appended together so they cannot drift apart. */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql add(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /** The same query under EXPLAIN (ANALYZE, BUFFERS), for checking which indexes it uses. */
    public Sql explained() {
        Sql explain = new Sql().add("explain (analyze, buffers) " + text);
        explain.params.addAll(params);
        return explain;
    }

    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            bind(connection, statement, i + 1, params.get(i));
        }
        return statement;
    }

    private static void bind(Connection c, PreparedStatement st, int index, Object value) throws SQLException {
        if (value instanceof UUID[] ids) {
            st.setArray(index, c.createArrayOf("uuid", ids));
        } else if (value instanceof String[] strings) {
            st.setArray(index, c.createArrayOf("text", strings));
        } else if (value instanceof Instant instant) {
            st.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof String s) {
            st.setString(index, s);
        } else if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setObject(index, value);
        }
    }

    /**
     * The text with PostgreSQL's numbered placeholders ($1, $2, ...) for the non-blocking client; question
     * marks inside quoted literals are left alone.
     */
    public String numbered() {
        // Runs for every query the search pool sends, over texts of several kilobytes: the text between two
        // placeholders is copied as one range, not a character at a time (7 % of the event loop's samples before).
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean quoted = false;
        int n = 0;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '?' && !quoted) {
                out.append(text, copied, i).append('$').append(++n);
                copied = i + 1;
            }
        }
        out.append(text, copied, text.length());
        if (n != params.size()) {
            throw new IllegalStateException(n + " placeholders for " + params.size() + " parameters");
        }
        return out.toString();
    }

    /** The parameters as the non-blocking client binds them (same types as {@link #prepare}). */
    public Tuple tuple() {
        Tuple tuple = Tuple.tuple();
        for (Object value : params) {
            if (value instanceof UUID[] ids) {
                tuple.addArrayOfUUID(ids);
            } else if (value instanceof String[] strings) {
                tuple.addArrayOfString(strings);
            } else if (value instanceof Instant instant) {
                tuple.addOffsetDateTime(instant.atOffset(ZoneOffset.UTC));
            } else {
                tuple.addValue(value);
            }
        }
        return tuple;
    }

    static String[] strings(List<?> values) {
        return values.stream().map(String::valueOf).toArray(String[]::new);
    }

    static UUID[] uuids(List<UUID> values) {
        return values.toArray(UUID[]::new);
    }
}
