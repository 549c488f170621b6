package io.statements.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a spreadsheet user gets from GET /statements/export with Accept: text/csv. */
@QuarkusTest
class CsvExportTest {

    @Test
    void formulasAreNeutralisedAndTheRestSurvivesARoundTrip() throws Exception {
        String domain = Fixtures.domain();
        String speaker = Fixtures.unique("=Csv Speaker");
        String[] texts = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1 more reason, they said.",
                "-2 degrees \"tonight\"", "@everyone read this", "Plain words,\nover two lines."};
        String outletId = null;
        for (String text : texts) {
            outletId = given().contentType(ContentType.JSON)
                    .body(Map.of("text", text, "kind", "DIRECT", "speaker", Map.of("name", speaker, "kind", "PERSON"),
                            "outlet", Map.of("domain", domain, "name", "Csv Outlet")))
                    .post("/statements").then().statusCode(201).extract().path("outlet.id");
        }

        String csv = given().accept("text/csv").queryParam("outlet_id", outletId).get("/statements/export")
                .then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = read(csv);
        assertEquals(texts.length, rows.size(), csv);
        assertEquals(List.of("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1 more reason, they said.",
                        "'-2 degrees \"tonight\"", "'@everyone read this", "Plain words,\nover two lines."),
                rows.stream().map(r -> r.get("text")).toList(), "formula cells get a leading apostrophe, nothing else changes");
        assertEquals("'" + speaker, rows.get(0).get("speaker_name"));
        assertEquals(domain, rows.get(0).get("outlet_domain"));
        assertEquals("", rows.get(0).get("stance"), "absent values are empty cells");

        String empty = given().accept("text/csv").queryParam("outlet_id", outletId)
                .queryParam("reported_after", "2999-01-01T00:00:00Z").get("/statements/export")
                .then().statusCode(200).extract().asString();
        assertEquals(String.join(",", StatementCsv.HEADER) + "\r\n", empty, "the header even when nothing matches");
    }

    @Test
    void leadingTabAndCarriageReturnAreNeutralisedToo() {
        // the API trims text, so these can only reach a cell through other data; the rule covers them anyway
        assertEquals("'\tx", StatementCsv.cell("\tx"));
        assertEquals("'\rx", StatementCsv.cell("\rx"));
        assertEquals("a=b", StatementCsv.cell("a=b"));
        assertEquals("", StatementCsv.cell(""));
    }

    private static List<Map<String, String>> read(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(mapper.schemaWithHeader()).without(CsvParser.Feature.TRIM_SPACES).readValues(csv)) {
            return it.readAll();
        }
    }
}
