package io.statements.outlet;

/** Realistic example bodies for the contract. */
final class OutletExamples {

    static final String REQUEST = """
            {"name": "Example News", "domain": "example-news.com", "country": "US", "language": "en"}""";

    static final String RESPONSE = """
            {"id": "0190d2a4-5b1d-7f10-8a2c-3e4f5a6b7c8e", "name": "Example News", "domain": "example-news.com",
             "country": "US", "language": "en", "created_at": "2026-11-22T06:00:00Z",
             "updated_at": "2026-11-22T06:00:00Z", "version": 0}""";

    static final String PAGE = "{\"items\": [" + RESPONSE + "]}";

    private OutletExamples() {
    }
}
