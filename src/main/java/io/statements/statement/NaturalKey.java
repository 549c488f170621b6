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
    /** Unique (outlet_id, external_id) from migration V3. */
    static final String EXTERNAL_ID_INDEX = "statement_external_id_key";

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

    /** The outlet's statement with this external id, other than {@code s} itself. */
    static Optional<UUID> findByExternalId(EntityManager em, StatementEntity s) {
        if (s.externalId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from statement where outlet_id = :outlet"
                        + " and external_id = :external and id <> :id", UUID.class)
                .setParameter("outlet", s.outlet.id).setParameter("external", s.externalId)
                .setParameter("id", s.id).getResultList();
        return ids.stream().findFirst();
    }
}
