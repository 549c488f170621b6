package io.statements.statement;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A statement's natural key (speaker, outlet, article, normalised text), looked up with the very expression the
 * unique index statement_natural_key is built on (migration V3), so the lookup is an index probe.
 */
final class NaturalKey {

    static final String INDEX = "statement_natural_key";

    private NaturalKey() {
    }

    static Optional<UUID> find(EntityManager em, StatementEntity s) {
        String sql = "select id from statement where speaker_id = :speaker and outlet_id = :outlet"
                + (s.article == null ? " and article_id is null" : " and article_id = :article")
                + " and statements_text_key(text) = statements_text_key(:text) and id <> :id";
        var query = em.createNativeQuery(sql, UUID.class)
                .setParameter("speaker", s.speaker.id)
                .setParameter("outlet", s.outlet.id)
                .setParameter("text", s.text)
                .setParameter("id", s.id);
        if (s.article != null) {
            query.setParameter("article", s.article.id);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids.stream().findFirst();
    }
}
