package io.statements.speaker;

import io.statements.common.ApiException;
import io.statements.common.Page;
import io.statements.common.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Speaker autocomplete over canonical names and aliases. A name matches when a word of it starts with
 * the typed text, or when trigram word similarity tolerates a typo ("puitn" still finds "Putin");
 * prefix matches rank above fuzzy ones, canonical names above aliases.
 */
@ApplicationScoped
class SpeakerSuggestions {

    static final int MAX_SUGGESTIONS = 10;
    static final int MAX_QUERY_LENGTH = 100;

    private final EntityManager em;

    SpeakerSuggestions(EntityManager em) {
        this.em = em;
    }

    /** Transactional only to scope the similarity threshold to this query (set_config(..., true)). */
    @Transactional
    Page<SpeakerResponse> suggest(String q, String requestedLimit) {
        int limit = requestedLimit == null ? MAX_SUGGESTIONS : Paging.limit(requestedLimit);
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_SUGGESTIONS + " with q");
        }
        String typed = q.strip();
        if (typed.isEmpty() || typed.length() > MAX_QUERY_LENGTH || typed.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid("q", "must be 1 to " + MAX_QUERY_LENGTH + " characters of text");
        }
        // The default 0.6 misses a swapped pair of letters in a long name (about 0.58); 0.4 still rejects noise.
        em.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', '0.4', true)").getSingleResult();
        String like = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        @SuppressWarnings("unchecked")
        List<SpeakerEntity> found = em.createNativeQuery("""
                        select s.* from speaker s join (
                            select n.speaker_id, max(word_similarity(t.q, statements_fold(n.name))
                                   + case when statements_fold(n.name) like t.prefix escape '\\'
                                            or statements_fold(n.name) like '% ' || t.prefix escape '\\'
                                          then 1 else 0 end
                                   + case when n.is_alias then 0 else 0.01 end) as score
                            from speaker_name n,
                                 (select statements_fold(:q) as q, statements_fold(:like) || '%' as prefix) t
                            where t.q <% statements_fold(n.name)
                               or statements_fold(n.name) like t.prefix escape '\\'
                               or statements_fold(n.name) like '% ' || t.prefix escape '\\'
                            group by n.speaker_id
                            order by score desc, n.speaker_id limit :limit) best on best.speaker_id = s.id
                        order by best.score desc, s.name, s.id""", SpeakerEntity.class)
                .setParameter("q", typed).setParameter("like", like).setParameter("limit", limit)
                .getResultList();
        return new Page<>(found.stream().map(SpeakerResponse::of).toList(), null);
    }
}
