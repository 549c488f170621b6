package io.statements.speaker;

/** Realistic example bodies for the contract. */
final class SpeakerExamples {

    static final String REQUEST = """
            {"name": "Sergei Shoigu", "kind": "PERSON", "title": "Defence Minister of Russia",
             "affiliation": "Government of Russia", "aliases": ["Shoigu", "Russian Defence Minister Sergei Shoigu"],
             "wikidata_id": "Q298532"}""";

    static final String RESPONSE = """
            {"id": "0190d2a4-5b1d-7f10-8a2c-3e4f5a6b7c8d", "name": "Sergei Shoigu", "kind": "PERSON",
             "title": "Defence Minister of Russia", "affiliation": "Government of Russia",
             "aliases": ["Shoigu", "Russian Defence Minister Sergei Shoigu"], "wikidata_id": "Q298532",
             "created_at": "2026-11-22T06:00:00Z", "updated_at": "2026-11-22T06:00:00Z", "version": 0}""";

    static final String PAGE = "{\"items\": [" + RESPONSE + "]}";

    static final String MERGE = """
            {"from": "0190d2a4-6c2e-7a11-9b3d-4f5a6b7c8d9e"}""";

    private SpeakerExamples() {
    }
}
