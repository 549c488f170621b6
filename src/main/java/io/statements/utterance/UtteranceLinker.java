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
            if (change.linkLater() && config.enabled() && config.bulkQueue()) {
                em.unwrap(Session.class).doWork(c -> LinkQueue.enqueue(c, change.statementIds()));
            } else {
                em.unwrap(Session.class).doWork(c -> link(c, change.statementIds(), config.enabled()));
            }
        }
    }

    /** Links the statements (or, with linking off, gives each without one an utterance of its own). */
    void link(Connection c, Collection<UUID> statements, boolean enabled) throws SQLException {
        LinkStore.lockSpeakersOf(c, statements);
        if (enabled && statements.size() == 1) { // a single create or update: itself and its candidates at once
            LinkReads.Loaded loaded = LinkReads.loadOne(c, statements.iterator().next(), config.window());
            if (!loaded.targets().isEmpty()) {
                linkPass(c, loaded.targets(), loaded.candidates(), true);
            }
            checkOwnUtterances(c, loaded.targets());
            return;
        }
        List<LinkStore.Row> targets = LinkReads.load(c, statements);
        if (!enabled) {
            targets = targets.stream().filter(t -> t.utterance() == null || !t.utteranceSaved()).toList();
        }
        for (List<LinkStore.Row> pass : passes(targets, TARGETS_PER_PASS)) {
            linkPass(c, pass, enabled ? LinkReads.candidates(c, pass, config.window()) : new ArrayList<>(), enabled);
        }
        checkOwnUtterances(c, targets);
    }

    /**
     * Statements inserted with utterances of their own under a deferred check (a bulk import, V25_1): every one
     * exists now, checked here rather than at commit, so that a failure is the chunk's, not its commit's.
     */
    private static void checkOwnUtterances(Connection c, List<LinkStore.Row> targets) throws SQLException {
        if (targets.stream().anyMatch(t -> !t.utteranceSaved())) {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("set constraints statement_utterance_fk immediate");
            }
        }
    }

    /**
     * Targets linked in one pass. A pass holds its speakers' candidates within the window, normalised: a bulk
     * chunk of 5,000 long reports by 2,000 speakers held some 60,000 of them at once (about 400 MB of heap, #16);
     * passes keep that to a tenth, and a later pass sees the earlier passes' links as any later create would.
     */
    static final int TARGETS_PER_PASS = 500;

    /** The targets by speaker (then time), cut into passes of at most {@code size}, a speaker's kept together when they fit. */
    static List<List<LinkStore.Row>> passes(List<LinkStore.Row> targets, int size) {
        if (targets.size() <= size) {
            return targets.isEmpty() ? List.of() : List.of(targets);
        }
        List<LinkStore.Row> sorted = new ArrayList<>(targets);
        sorted.sort(java.util.Comparator.comparing(LinkStore.Row::speaker).thenComparing(LinkStore.Row::at));
        List<List<LinkStore.Row>> passes = new ArrayList<>();
        List<LinkStore.Row> pass = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int end = i;
            while (end < sorted.size() && sorted.get(end).speaker().equals(sorted.get(i).speaker())) {
                end++;
            }
            List<LinkStore.Row> speaker = sorted.subList(i, end);
            if (!pass.isEmpty() && pass.size() + speaker.size() > size) {
                passes.add(pass);
                pass = new ArrayList<>();
            }
            for (LinkStore.Row row : speaker) {
                if (pass.size() == size) {
                    passes.add(pass);
                    pass = new ArrayList<>();
                }
                pass.add(row);
            }
            i = end;
        }
        passes.add(pass);
        return passes;
    }

    private void linkPass(Connection c, List<LinkStore.Row> targets, List<LinkStore.Row> candidates, boolean enabled)
            throws SQLException {
        LinkPlanner.Plan plan = planner.plan(targets, candidates, false, enabled);
        // also the utterances of statements that stay (editors' links): a speaker merge changes their speaker
        // (an utterance not saved yet is created by this plan with its count, or left uncreated)
        targets.stream().filter(LinkStore.Row::utteranceSaved).map(LinkStore.Row::utterance)
                .filter(java.util.Objects::nonNull).forEach(plan.touched()::add);
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
