package io.statements.subscription;

/** Texts the request and response schemas share. */
final class SubscriptionDocs {

    static final String FILTER = "The filters of GET /statements (q, speaker, speaker_id, outlet, outlet_id, stance, "
            + "stance_target, kind, channel, via, topic, language, reported_after, reported_before, stated_after, "
            + "stated_before, article_url), each a string or an array of strings, validated and meaning exactly as "
            + "there; absent or empty: every statement";
    static final String FILTER_EXAMPLE = "{\"q\": \"Idlib agreement\", \"stance\": [\"OPPOSE\"]}";
    static final String EVENTS = "statement.created, statement.updated (also speaker merges), statement.deleted, "
            + "utterance.reported (once per utterance, when a statement matching the filter is linked to an utterance "
            + "that at least min_reports outlets now report)";
    static final String MIN_REPORTS = "With utterance.reported only: how many different outlets must report an "
            + "utterance before the event goes out (2 to 1000; default 2)";
    static final String URL = "Where events are POSTed: https (http only where the service allows it); "
            + "never a loopback, private, link-local or metadata address";

    private SubscriptionDocs() {
    }
}
