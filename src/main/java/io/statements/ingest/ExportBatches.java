package io.statements.ingest;

import io.statements.statement.StatementEntity;
import io.statements.statement.StatementResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Reads an export in keyset batches by id, each in its own short transaction: memory stays at one batch, no
 * connection or snapshot is held while a slow client reads, and every statement that exists throughout the export
 * appears exactly once (rows written meanwhile may or may not appear).
 */
@ApplicationScoped
class ExportBatches {

    static final int BATCH = 500;

    private final EntityManager em;

    ExportBatches(EntityManager em) {
        this.em = em;
    }

    /** The statements with these ids (one batch of the search filter's matches), in id order. */
    @Transactional
    List<StatementResponse> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<StatementEntity> query = em.createQuery("from StatementEntity s join fetch s.speaker"
                + " join fetch s.outlet left join fetch s.article where s.id in :ids order by s.id", StatementEntity.class);
        return query.setParameter("ids", ids).getResultStream().map(StatementResponse::of).toList();
    }
}
