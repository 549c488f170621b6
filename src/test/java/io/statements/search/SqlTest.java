package io.statements.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Search SQL is written with JDBC-style placeholders and numbered for the reactive client. */
class SqlTest {

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
