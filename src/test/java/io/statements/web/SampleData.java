package io.statements.web;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/** The README's sample statements plus a few more written for these tests (paging, several reports, stances). */
final class SampleData {

    static final int TOTAL = 29;

    /** An invented article for the extraction review: three statements, each with a named speaker. */
    static final String ARTICLE = """
            The lake ferry will sail only twice a day from May, the transport committee decided on Tuesday.
            "We cannot keep running boats that leave the pier half empty," said Rosa Lindqvist, who chairs the committee.
            Shop owners on the island said the cut would cost them their weekend trade.
            "Night-shift nurses will be stranded on the wrong shore," said Pavel Marek, a spokesman for the ferry workers' union.
            """;

    private SampleData() {
    }

    static void load() throws Exception {
        // A speaker with the details the statement page shows; the sample lines name her and resolve to it.
        given().contentType("application/json").body("""
                {"name": "Hanne Okafor", "kind": "PERSON", "title": "Chair of the North Harbour Dockers' Union",
                 "affiliation": "North Harbour Dockers' Union", "aliases": ["H. Okafor", "Dockers' chair Okafor"],
                 "wikidata_id": "Q4115189"}""").post("/speakers").then().statusCode(201);
        for (Path file : new Path[]{Path.of("samples/statements.ndjson"), Path.of("src/test/resources/web/extra-statements.ndjson")}) {
            String body = given().contentType("application/x-ndjson").body(Files.readAllBytes(file))
                    .post("/statements/bulk").then().statusCode(200).extract().asString();
            if (body.contains("\"INVALID\"") || body.contains("\"FAILED\"")) {
                throw new IllegalStateException("sample data did not load: " + body);
            }
        }
    }
}
