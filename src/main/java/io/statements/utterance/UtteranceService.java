package io.statements.utterance;

import io.statements.common.ApiException;
import io.statements.common.FieldError;
import io.statements.common.Ids;
import io.statements.statement.StatementChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Reads utterances, and carries out editors' corrections (attach, detach), which automatic linking keeps. */
@ApplicationScoped
class UtteranceService {

    private final EntityManager em;
    private final Event<StatementChanged> changed;
    private final Event<UtteranceReported> reported;

    UtteranceService(EntityManager em, Event<StatementChanged> changed, Event<UtteranceReported> reported) {
        this.reported = reported;
        this.em = em;
        this.changed = changed;
    }

    @Transactional
    UtteranceResponse get(UUID id) {
        UtteranceResponse u = work(c -> UtteranceQueries.find(c, id, true));
        if (u == null) {
            throw ApiException.notFound("Utterance", id);
        }
        return u;
    }

    /** Moves the statement into the utterance, as an editor's decision that automatic linking keeps. */
    @Transactional
    UtteranceResponse attach(UUID utteranceId, UUID statementId) {
        return work(c -> {
            Target t = target(c, utteranceId, statementId, false);
            if (!t.statementSpeaker.equals(t.utteranceSpeaker)) {
                throw ApiException.conflict("Statement " + statementId + " has another speaker than utterance "
                        + utteranceId + "; correct the statement's speaker (or merge the speakers) first");
            }
            move(c, t, utteranceId);
            if (!utteranceId.equals(t.currentUtterance)) {
                reported.fire(new UtteranceReported(utteranceId, statementId, t.statementSpeaker, "EDITOR"));
            }
            return UtteranceQueries.find(c, utteranceId, true);
        });
    }

    /** Moves the statement out of the utterance into one of its own, closed to automatic links. */
    @Transactional
    UtteranceResponse detach(UUID utteranceId, UUID statementId) {
        return work(c -> {
            Target t = target(c, utteranceId, statementId, true);
            if (!utteranceId.equals(t.currentUtterance)) {
                throw ApiException.notFound("Statement " + statementId + " in utterance", utteranceId);
            }
            UUID own = Ids.newId();
            LinkStore.save(c, List.of(), List.of(own), List.of(t.statementSpeaker), List.of());
            try (PreparedStatement ps = c.prepareStatement("update utterance set closed = true where id = ?")) {
                ps.setObject(1, own);
                ps.executeUpdate();
            }
            move(c, t, own);
            return UtteranceQueries.find(c, own, true);
        });
    }

    private record Target(UUID statement, UUID statementSpeaker, UUID currentUtterance, UUID utteranceSpeaker) {
    }

    /** Locks the speakers involved; an unknown statement is a 404 when named by the path, else a 422. */
    private static Target target(Connection c, UUID utteranceId, UUID statementId, boolean inPath)
            throws SQLException {
        UUID utteranceSpeaker = null;
        try (PreparedStatement ps = c.prepareStatement("select speaker_id from utterance where id = ?")) {
            ps.setObject(1, utteranceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("Utterance", utteranceId);
                }
                utteranceSpeaker = rs.getObject(1, UUID.class);
            }
        }
        List<LinkStore.Row> rows = LinkReads.load(c, List.of(statementId));
        if (rows.isEmpty()) {
            throw inPath ? ApiException.notFound("Statement", statementId) : unknownStatement(statementId);
        }
        LinkStore.lockSpeakers(c, List.of(rows.get(0).speaker(), utteranceSpeaker));
        rows = LinkReads.load(c, List.of(statementId));
        if (rows.isEmpty()) {
            throw inPath ? ApiException.notFound("Statement", statementId) : unknownStatement(statementId);
        }
        return new Target(statementId, rows.get(0).speaker(), rows.get(0).utterance(), utteranceSpeaker);
    }

    private static ApiException unknownStatement(UUID id) {
        return new ApiException(422, "/problems/unknown-reference", "Unknown reference",
                "Statement " + id + " does not exist", List.of(new FieldError("statement_id", "does not exist")));
    }

    /** The statement's representation changes (its utterance): new version, and a change-feed event. */
    private void move(Connection c, Target t, UUID into) throws SQLException {
        LinkStore.save(c, List.of(new LinkStore.Link(t.statement(), into, "EDITOR", true)), List.of(), List.of(),
                t.currentUtterance == null ? List.of(into) : List.of(into, t.currentUtterance));
        try (PreparedStatement ps = c.prepareStatement("update statement set version = version + 1,"
                + " updated_at = statement_timestamp() where id = ?")) {
            ps.setObject(1, t.statement());
            ps.executeUpdate();
        }
        changed.fire(StatementChanged.of(StatementChanged.Type.UPDATED, t.statement()));
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
