package io.statements.search;

import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The search pool reads the JDBC datasource settings; these are the URL shapes deployments use. */
class SearchDatabaseTest {

    @Test
    void readsHostPortDatabaseAndCredentialsFromTheJdbcUrl() {
        PgConnectOptions options = SearchDatabase.connectOptions(
                "jdbc:postgresql://db.internal:6543/newsroom?user=app&password=p%40ss&sslmode=require",
                Optional.empty(), Optional.empty());
        assertEquals("db.internal", options.getHost());
        assertEquals(6543, options.getPort());
        assertEquals("newsroom", options.getDatabase());
        assertEquals("app", options.getUser());
        assertEquals("p@ss", options.getPassword());
        assertEquals(SslMode.REQUIRE, options.getSslMode());
    }

    @Test
    void datasourceSettingsWinOverUrlValuesAndDefaultsApply() {
        PgConnectOptions options = SearchDatabase.connectOptions("jdbc:postgresql://statements-db-rw/statements?user=x",
                Optional.of("statements"), Optional.of("secret"));
        assertEquals(5432, options.getPort());
        assertEquals("statements", options.getUser());
        assertEquals("secret", options.getPassword());
        assertEquals("statements", options.getDatabase());
    }

    @Test
    void refusesUrlsItCannotServe() {
        assertThrows(IllegalStateException.class, () -> SearchDatabase.connectOptions(
                "jdbc:postgresql://a:5432,b:5432/db", Optional.empty(), Optional.empty()));
        assertThrows(IllegalStateException.class, () -> SearchDatabase.connectOptions(
                "jdbc:mysql://a/db", Optional.empty(), Optional.empty()));
    }

    @Test
    void numbersPlaceholdersOutsideQuotedLiterals() {
        UUID id = UUID.randomUUID();
        Sql sql = new Sql().add("select '?' as q, x from t where a = ? and b = any(?::text[])", id, new String[]{"x"})
                .add(" and c like 'what?'");
        assertEquals("select '?' as q, x from t where a = $1 and b = any($2::text[]) and c like 'what?'", sql.numbered());
        assertEquals(List.of(id), List.of(sql.tuple().getUUID(0)));
        assertThrows(IllegalStateException.class, () -> new Sql().add("select ?").numbered());
    }
}
