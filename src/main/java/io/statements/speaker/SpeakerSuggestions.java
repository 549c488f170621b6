package io.statements.speaker;

import io.smallrye.mutiny.Uni;
import io.statements.common.ApiException;
import io.statements.common.Page;
import io.statements.common.Paging;
import io.statements.replica.ReadDatabase;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Singleton;

/**
 * Speaker autocomplete over canonical names and aliases. A name matches when a word of it starts with
 * the typed text, or when trigram word similarity tolerates a typo ("puitn" still finds "Putin");
 * prefix matches rank above fuzzy ones, canonical names above aliases. Read where list reads go
 * ({@link ReadDatabase}: the read replica when one is configured).
 */
@Singleton
class SpeakerSuggestions {

    static final int MAX_SUGGESTIONS = 10;
    static final int MAX_QUERY_LENGTH = 100;

    /** The default 0.6 misses a swapped pair of letters in a long name (about 0.58); 0.4 still rejects noise. */
    private static final String THRESHOLD = "select set_config('pg_trgm.word_similarity_threshold', '0.4', true)";
    private static final String SUGGEST = """
            select s.* from speaker s join (
                select n.speaker_id, max(word_similarity(t.q, statements_fold(n.name))
                       + case when statements_fold(n.name) like t.prefix escape '\\'
                                or statements_fold(n.name) like '% ' || t.prefix escape '\\'
                              then 1 else 0 end
                       + case when n.is_alias then 0 else 0.01 end) as score
                from speaker_name n,
                     (select statements_fold($1) as q, statements_fold($2) || '%' as prefix) t
                where t.q <% statements_fold(n.name)
                   or statements_fold(n.name) like t.prefix escape '\\'
                   or statements_fold(n.name) like '% ' || t.prefix escape '\\'
                group by n.speaker_id
                order by score desc, n.speaker_id limit $3) best on best.speaker_id = s.id
            order by best.score desc, s.name, s.id""";

    private final ReadDatabase database;

    SpeakerSuggestions(ReadDatabase database) {
        this.database = database;
    }

    /**
     * In a transaction of its own (on the database list reads use) only to scope the similarity threshold to this
     * query (set_config(..., true)).
     */
    Uni<Page<SpeakerResponse>> suggest(String q, String requestedLimit) {
        int limit = requestedLimit == null ? MAX_SUGGESTIONS : Paging.limit(requestedLimit);
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_SUGGESTIONS + " with q");
        }
        String typed = q.strip();
        if (typed.isEmpty() || typed.length() > MAX_QUERY_LENGTH || typed.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid("q", "must be 1 to " + MAX_QUERY_LENGTH + " characters of text");
        }
        String like = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        Tuple args = Tuple.of(typed, like, limit);
        return database.inTransaction(c -> c.query(THRESHOLD).execute()
                        .compose(set -> c.preparedQuery(SUGGEST).execute(args)))
                .map(rows -> new Page<>(SpeakerList.speakers(rows), null));
    }
}
