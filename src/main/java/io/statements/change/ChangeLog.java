package io.statements.change;

import io.statements.common.CurrentActor;
import io.statements.statement.StatementChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

/**
 * Appends changes to the feed inside the transaction that made them (a synchronous observer).
 * Sequence numbers come from the single change_counter row: the update locks it until commit, so writers
 * receive numbers in the order they commit and a reader can never see seq n+1 before seq n (see V3__ingest.sql).
 * Callers make this their last write before commit, which keeps the serialised section short.
 */
@ApplicationScoped
class ChangeLog {

    private static final String APPEND = """
            with c as (update change_counter set last_seq = last_seq + ? where id = 1 returning last_seq)
            insert into statement_change (seq, type, statement_id, changed_at, actor)
            select c.last_seq - ? + i.ord, ?, i.id, statement_timestamp(), ?
            from c, unnest(?::uuid[]) with ordinality as i(id, ord)""";

    private final EntityManager em;

    ChangeLog(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void on(@Observes StatementChanged change) {
        List<UUID> ids = change.statementIds();
        if (ids.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(APPEND)) {
                ps.setInt(1, ids.size());
                ps.setInt(2, ids.size());
                ps.setString(3, change.type().name());
                ps.setString(4, CurrentActor.get());
                ps.setArray(5, connection.createArrayOf("uuid", ids.toArray(UUID[]::new)));
                ps.executeUpdate();
            }
        });
    }
}
