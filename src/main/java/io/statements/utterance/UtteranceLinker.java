package io.statements.utterance;

import io.statements.statement.StatementChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Links statements into utterances inside the transaction that creates or changes them: every create path (single,
 * bulk, articles), every update and speaker merge fires {@link StatementChanged} after flushing, and this observer
 * runs before the change feed records the change (a lower priority number runs first), so a statement never
 * commits without its utterance.
 */
@ApplicationScoped
public class UtteranceLinker {

    private final EntityManager em;
    private final LinkingConfig config;
    private final LinkPlanner planner;
    private final Event<UtteranceReported> reported;

    UtteranceLinker(EntityManager em, LinkingConfig config, Event<UtteranceReported> reported) {
        this.em = em;
        this.config = config;
        this.reported = reported;
        this.planner = new LinkPlanner(new ReportMatcher(config.threshold(), config.paraphraseSimilarity()), config.window());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onChanged(@Observes @Priority(Interceptor.Priority.APPLICATION) StatementChanged change) {
        if (change.type() != StatementChanged.Type.DELETED && !change.statementIds().isEmpty()) {
            em.unwrap(Session.class).doWork(c -> link(c, change.statementIds(), config.enabled()));
        }
    }

    /** Links the statements (or, with linking off, gives each without one an utterance of its own). */
    void link(Connection c, Collection<UUID> statements, boolean enabled) throws SQLException {
        LinkStore.lockSpeakersOf(c, statements);
        List<LinkStore.Row> targets;
        List<LinkStore.Row> candidates = new ArrayList<>();
        if (enabled && statements.size() == 1) { // a single create or update: itself and its candidates at once
            LinkStore.Loaded loaded = LinkStore.loadOne(c, statements.iterator().next(), config.window());
            targets = loaded.targets();
            candidates = loaded.candidates();
        } else {
            targets = LinkStore.load(c, statements);
            if (!enabled) {
                targets = targets.stream().filter(t -> t.utterance() == null).toList();
            }
            if (!targets.isEmpty() && enabled) {
                candidates = LinkStore.candidates(c, targets, config.window());
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        LinkPlanner.Plan plan = planner.plan(targets, candidates, false, enabled);
        // also the utterances of statements that stay (editors' links): a speaker merge changes their speaker
        targets.stream().map(LinkStore.Row::utterance).filter(java.util.Objects::nonNull).forEach(plan.touched()::add);
        LinkStore.save(c, plan);
        LinkStore.saveEmbeddings(c, plan.embedded());
        java.util.Map<UUID, LinkStore.Row> before = new java.util.HashMap<>();
        targets.forEach(t -> before.put(t.id(), t));
        for (LinkStore.Link link : plan.links()) {
            LinkStore.Row was = before.get(link.statement());
            if (link.rule() != null && !link.utterance().equals(was.utterance())) {
                reported.fire(new UtteranceReported(link.utterance(), link.statement(), was.speaker(), link.rule()));
            }
        }
    }
}
