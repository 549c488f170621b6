package io.statements.statement;

/** Realistic example bodies for the contract (invented, but shaped like the reporting the service records). */
final class StatementExamples {

    static final String REQUEST = """
            {"text": "We will keep the border crossing open through the winter.", "kind": "DIRECT",
             "speaker": {"name": "Sergei Shoigu", "kind": "PERSON"},
             "outlet": {"domain": "example-news.com", "name": "Example News"},
             "article": {"url": "https://www.example-news.com/2018/09/18/world/plane-downing",
                         "title": "Moscow blames Israel for downing of plane", "published_at": "2018-09-18T09:12:00Z"},
             "cue": "said", "channel": "STATEMENT", "via": "RIA-Novosti", "stance": "OPPOSE",
             "stance_target": "Israel", "topics": ["defence", "syria"], "language": "en",
             "stated_at": "2018-09-18T07:00:00Z"}""";

    static final String RESPONSE = """
            {"id": "0190d2a4-5b1e-7c3a-9f4e-2b8d6c1a0e57",
             "text": "We will keep the border crossing open through the winter.", "kind": "DIRECT",
             "speaker": {"id": "0190d2a4-5b1d-7f10-8a2c-3e4f5a6b7c8d", "name": "Sergei Shoigu", "kind": "PERSON"},
             "outlet": {"id": "0190d2a4-5b1d-7f10-8a2c-3e4f5a6b7c8e", "name": "Example News", "domain": "example-news.com"},
             "article": {"id": "0190d2a4-5b1d-7f10-8a2c-3e4f5a6b7c8f",
                         "url": "https://www.example-news.com/2018/09/18/world/plane-downing",
                         "title": "Moscow blames Israel for downing of plane", "published_at": "2018-09-18T09:12:00Z"},
             "cue": "said", "channel": "STATEMENT", "via": "RIA-Novosti", "stance": "OPPOSE",
             "stance_target": "Israel", "topics": ["defence", "syria"], "language": "en",
             "stated_at": "2018-09-18T07:00:00Z", "reported_at": "2018-09-18T09:12:00Z", "origin": "MANUAL",
             "created_at": "2026-11-22T06:00:00Z", "updated_at": "2026-11-22T06:00:00Z", "version": 0}""";

    static final String PATCH = """
            {"stance": "NEUTRAL", "stance_target": null}""";

    private StatementExamples() {
    }
}
