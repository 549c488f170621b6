package io.statements.search;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test data for bounded relevance: what PostgreSQL's statistics would say of a word's share of all statements. */
final class WordShares {

    private WordShares() {
    }

    /** As ANALYZE would find it (it samples rows), copied where the service reads it (search_lexeme_share). */
    static void declare(AgroalDataSource dataSource, String word, float share) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "insert into search_lexeme_share select w, ? from unnest(tsvector_to_array(to_tsvector("
                        + "'public.statements_en', ?))) w on conflict (lexeme) do update set share = excluded.share")) {
            st.setFloat(1, share);
            st.setString(2, word);
            assertEquals(1, st.executeUpdate());
        }
    }

    /** A speaker's or outlet's share of all statements, as search_column_share would hold it after ANALYZE (V33_1). */
    static void declareColumn(AgroalDataSource dataSource, String column, String id, float share) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "insert into search_column_share values (?, ?::uuid, ?) on conflict (column_name, value)"
                        + " do update set share = excluded.share")) {
            st.setString(1, column);
            st.setString(2, id);
            st.setFloat(3, share);
            assertEquals(1, st.executeUpdate());
        }
    }
}
