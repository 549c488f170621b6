package io.statements.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statements stored before they were indexed in their own language (V15_1 left their English vectors) are indexed
 * again in the background, found by inflected forms afterwards, and otherwise left as they were.
 */
@QuarkusTest
class SearchReindexTest {

    @Inject
    SearchReindex reindex;

    @Inject
    AgroalDataSource dataSource;

    /** Digits: a made-up word would sway nothing here, but digits are searchable in every configuration. */
    private final String tag = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));

    @Test
    void aStatementLeftWithAnEnglishVectorIsIndexedInItsLanguageAgain() throws Exception {
        String id = given().contentType(ContentType.JSON).body("""
                {"text": "Губернатор объявил о новых санкциях против перевозчиков %s", "kind": "DIRECT",
                 "speaker": {"name": "Ilona Vasquez %s"}, "outlet": {"domain": "%s"}, "language": "ru"}"""
                .formatted(tag, tag, Fixtures.domain())).post("/statements").then().statusCode(201).extract().path("id");
        assertEquals(List.of(id), found("санкция"), "indexed in Russian when stored");
        String etag = given().get("/statements/" + id).then().statusCode(200).extract().header("ETag");

        // as a row stored before V15_1: the English configuration's vector
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "update statement set search_vector = to_tsvector('public.statements_en', text),"
                        + " text_search_config = 'statements_en' where id = ?::uuid")) {
            st.setString(1, id);
            assertEquals(1, st.executeUpdate());
        }
        assertEquals(List.of(), found("санкция"), "with the English vector the inflected form is not found");

        reindex.restart();
        int reindexed = 0;
        for (int i = 0; i < 10_000 && !reindex.done(); i++) {
            reindexed += reindex.stepNow();
        }
        assertTrue(reindex.done(), "the walk reaches the end of the table");
        assertTrue(reindexed >= 1, "at least this statement was indexed again");
        assertEquals(List.of(id), found("санкция"), "found by its inflected form again");
        given().get("/statements/" + id).then().statusCode(200).header("ETag", etag);
        assertEquals(0, reindexAgain(), "a second walk finds nothing left");

        // a complete walk was recorded: an instance started now does not walk the table again, even past a row
        // that would need it (as would a row some later migration changed)
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "update statement set search_vector = to_tsvector('public.statements_en', text),"
                        + " text_search_config = 'statements_en' where id = ?::uuid")) {
            st.setString(1, id);
            assertEquals(1, st.executeUpdate());
        }
        reindex.restartAsNewInstance();
        assertEquals(0, reindex.stepNow(), "nothing re-indexed");
        assertTrue(reindex.done(), "done at its first step, without walking");
        assertEquals(List.of(), found("санкция"), "the row was left as it was");
        assertTrue(reindexAgain() >= 1, "an explicit restart still walks");
        assertEquals(List.of(id), found("санкция"));
    }

    private int reindexAgain() throws Exception {
        reindex.restart();
        int reindexed = 0;
        while (!reindex.done()) {
            reindexed += reindex.stepNow();
        }
        return reindexed;
    }

    private List<String> found(String word) {
        return given().queryParam("q", word + " " + tag).queryParam("language", "ru").get("/statements")
                .then().statusCode(200).extract().path("items.id");
    }
}
