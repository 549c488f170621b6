package io.statements.utterance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The re-link command's candidates, kept from batch to batch. The command walks forward in time, so a batch's
 * candidates are mostly the statements of the batches before it: reading the whole window again for every batch
 * read each row about as many times as the window holds batches (15 times at 1M statements and batches of 5,000).
 * Kept here instead: each batch's statements as re-linked, dropped once they fall out of the window.
 * <p>
 * The service may change statements meanwhile (creates, edits, editors' attach and detach, merges, deletes). Each of
 * those recounts the utterances it touches, under its speaker's lock, and so sets their {@code updated_at}: before a
 * batch is decided, the statements of every utterance of the batch's speakers changed since the command last held
 * that speaker's lock are read again. A speaker seen for the first time (the first batch, after a resume) is read
 * from the database in full. What that cannot see (an utterance deleted with its last statement) fails the batch's
 * write on the foreign key; the command then forgets the window and decides the batch again from a full read.
 */
final class CandidateWindow {

    private final Duration window;
    private final Map<UUID, LinkStore.Row> rows = new HashMap<>();
    /** Per speaker, the database time after which changes by others show in utterance.updated_at. */
    private final Map<UUID, Instant> syncedAt = new HashMap<>();
    private long read;

    CandidateWindow(Duration window) {
        this.window = window;
    }

    /** The targets' candidates (their speakers' statements up to the last target), read only where not kept. */
    List<LinkStore.Row> candidates(Connection c, List<LinkStore.Row> targets) throws SQLException {
        Set<UUID> speakers = new HashSet<>();
        List<LinkStore.Row> unseen = new ArrayList<>();
        Map<UUID, Instant> since = new HashMap<>();
        for (LinkStore.Row t : targets) {
            speakers.add(t.speaker());
            Instant synced = syncedAt.get(t.speaker());
            if (synced == null) {
                unseen.add(t);
            } else {
                since.put(t.speaker(), synced);
            }
        }
        if (!unseen.isEmpty()) {
            keep(LinkReads.candidates(c, unseen, window, true));
        }
        if (!since.isEmpty()) {
            refresh(LinkReads.changedSince(c, since), since.keySet());
        }
        Instant from = targets.stream().map(LinkStore.Row::at).min(Comparator.naturalOrder()).orElseThrow()
                .minus(window);
        List<LinkStore.Row> candidates = new ArrayList<>();
        for (LinkStore.Row r : rows.values()) {
            if (speakers.contains(r.speaker()) && !r.at().isBefore(from)) {
                candidates.add(r);
            }
        }
        // one order whatever the history of the window: among equally heavy matches candidate order decides
        candidates.sort(Comparator.comparing(LinkStore.Row::at).thenComparing(LinkStore.Row::id));
        return candidates;
    }

    /**
     * Keeps the batch's statements as the committed plan left them and the words and embeddings it stored, marks
     * its speakers as synced at {@code mark} (the database time before the batch committed) and drops what no later
     * batch can compare with.
     */
    void committed(List<LinkStore.Row> targets, LinkPlanner.Plan plan, Instant mark) {
        Map<UUID, LinkStore.Link> links = new HashMap<>();
        plan.links().forEach(l -> links.put(l.statement(), l));
        Instant last = null;
        for (LinkStore.Row t : targets) {
            LinkStore.Link link = links.get(t.id());
            rows.put(t.id(), link == null ? t : new LinkStore.Row(t.id(), t.speaker(), t.text(), t.statedAt(), t.at(),
                    link.utterance(), link.manual(), false, t.speaker(), t.reportedSpeech(), link.rule(),
                    t.embeddingHash(), t.embedding(), t.wordsHash(), t.words(), true, t.version()));
            syncedAt.put(t.speaker(), mark);
            last = last == null || t.at().isAfter(last) ? t.at() : last;
        }
        plan.normalised().forEach((id, w) -> rows.computeIfPresent(id, (k, r) -> new LinkStore.Row(r.id(),
                r.speaker(), r.text(), r.statedAt(), r.at(), r.utterance(), r.manual(), r.closed(),
                r.utteranceSpeaker(), r.reportedSpeech(), r.rule(), r.embeddingHash(), r.embedding(), w.text().hash,
                w.text().key, r.utteranceSaved(), r.version())));
        plan.embedded().forEach((id, e) -> rows.computeIfPresent(id, (k, r) -> new LinkStore.Row(r.id(),
                r.speaker(), r.text(), r.statedAt(), r.at(), r.utterance(), r.manual(), r.closed(),
                r.utteranceSpeaker(), r.reportedSpeech(), r.rule(), e.textHash(), e.vector(), r.wordsHash(),
                r.words(), r.utteranceSaved(), r.version())));
        if (last != null) {
            Instant from = last.minus(window); // later batches start at or after the last target
            rows.values().removeIf(r -> r.at().isBefore(from));
        }
    }

    /** Forgets everything: the next batch reads its candidates from the database. */
    void clear() {
        rows.clear();
        syncedAt.clear();
    }

    /** Statements read again because others changed their utterances (for the progress output). */
    long reread() {
        return read;
    }

    int size() {
        return rows.size();
    }

    private void keep(List<LinkStore.Row> fresh) {
        fresh.forEach(r -> rows.put(r.id(), r));
    }

    /**
     * Replaces the kept statements of the changed utterances with what the database holds now: a statement no longer
     * in a changed utterance moved (it comes back with its new one, if that is one of these speakers') or was deleted.
     */
    private void refresh(List<LinkStore.Row> changed, Set<UUID> speakers) {
        if (changed.isEmpty()) {
            return;
        }
        Set<UUID> utterances = new HashSet<>();
        changed.forEach(r -> utterances.add(r.utterance()));
        rows.values().removeIf(r -> speakers.contains(r.speaker()) && utterances.contains(r.utterance()));
        keep(changed);
        read += changed.size();
    }
}
