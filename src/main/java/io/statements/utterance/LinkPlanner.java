package io.statements.utterance;

import io.statements.common.Ids;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, for a batch of statements, which utterance each belongs to, in time order, so that each one sees the
 * ones before it. Pure: the rows come in, the links go out ({@link LinkStore} reads and writes them).
 */
final class LinkPlanner {

    /**
     * What a batch changes: the links, the utterances to create (with their speakers), the utterances touched, the
     * embeddings and normalised words made for statements that had none stored (or for another text), and the
     * statements that keep the utterance they were inserted with, which is to be created ({@code ownUtterances}).
     */
    record Plan(List<LinkStore.Link> links, List<UUID> newUtterances, List<UUID> newSpeakers, Set<UUID> touched,
                Map<UUID, Embedded> embedded, Map<UUID, Worded> normalised, List<UUID> ownUtterances) {

        static Plan empty() {
            return new Plan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashSet<>(), new HashMap<>(),
                    new HashMap<>(), new ArrayList<>());
        }

        /** Adds another plan's changes (of other speakers) to this one. */
        void add(Plan other) {
            links.addAll(other.links());
            newUtterances.addAll(other.newUtterances());
            newSpeakers.addAll(other.newSpeakers());
            touched.addAll(other.touched());
            embedded.putAll(other.embedded());
            normalised.putAll(other.normalised());
            ownUtterances.addAll(other.ownUtterances());
        }
    }

    /** Normalised words to store, and for which statement version and where it stands (speaker, time: V27_1). */
    record Worded(ReportText text, UUID speaker, java.time.Instant at, long version) {
    }

    /** A sentence embedding computed in this plan, to store, and the hash of the text it was made from. */
    record Embedded(float[] vector, int textHash) {
    }

    /** Most earlier reports one report is compared with (the nearest in time). */
    static final int MAX_CANDIDATES = 200;

    /** Texts kept between plans by the service: a speaker's reports within the window, for the busiest speakers. */
    static final int TEXTS_KEPT = 5_000;

    private final ReportMatcher matcher;
    private final Duration window;
    private final ReportTexts texts;

    LinkPlanner(ReportMatcher matcher, Duration window) {
        this(matcher, window, TEXTS_KEPT);
    }

    /** @param textsKept normalised texts kept between plans ({@link ReportTexts}) */
    LinkPlanner(ReportMatcher matcher, Duration window, int textsKept) {
        this.matcher = matcher;
        this.window = window;
        this.texts = new ReportTexts(textsKept);
    }

    /**
     * @param onlyEarlier true for the re-link command: a statement is compared only with statements before it in
     *                    (time, id) order, which it has already re-linked; false when statements are created or
     *                    changed, where every candidate in the window counts
     */
    Plan plan(List<LinkStore.Row> targets, List<LinkStore.Row> candidates, boolean onlyEarlier) {
        return plan(targets, candidates, onlyEarlier, true);
    }

    /** @param linking false with linking off: every statement without an utterance gets one of its own */
    Plan plan(List<LinkStore.Row> targets, List<LinkStore.Row> candidates, boolean onlyEarlier, boolean linking) {
        Map<UUID, Report> reports = new HashMap<>();
        Map<UUID, LinkStore.Row> rows = new HashMap<>();
        Map<UUID, List<UUID>> bySpeaker = new HashMap<>();
        for (LinkStore.Row r : candidates) {
            if (rows.putIfAbsent(r.id(), r) == null) {
                bySpeaker.computeIfAbsent(r.speaker(), k -> new ArrayList<>()).add(r.id());
            }
        }
        Set<UUID> pending = new HashSet<>();
        for (LinkStore.Row t : targets) {
            rows.put(t.id(), t);
            pending.add(t.id());
            if (!bySpeaker.computeIfAbsent(t.speaker(), k -> new ArrayList<>()).contains(t.id())) {
                bySpeaker.get(t.speaker()).add(t.id());
            }
        }
        List<LinkStore.Row> ordered = new ArrayList<>(targets);
        ordered.sort(Comparator.comparing(LinkStore.Row::at).thenComparing(LinkStore.Row::id));
        Plan plan = Plan.empty();
        Map<UUID, UUID> placed = new HashMap<>();
        for (LinkStore.Row t : ordered) {
            pending.remove(t.id());
            if (t.manual() && t.speaker().equals(t.utteranceSpeaker())) {
                continue;
            }
            List<Report> pool = new ArrayList<>();
            ReportMatcher.Choice choice = new ReportMatcher.Choice(null, null, null);
            if (linking) { // with linking off no text is normalised, nor stored
                pool = pool(t, bySpeaker.get(t.speaker()), rows, pending, placed, reports, onlyEarlier);
                choice = matcher.choose(report(reports, t, null, true), pool);
            }
            UUID utterance = choice.utterance();
            if (utterance == null) {
                utterance = keepsOwn(t, pool) ? t.utterance() : null;
            }
            if (utterance == null) {
                utterance = Ids.newId();
                plan.newUtterances().add(utterance);
                plan.newSpeakers().add(t.speaker());
            }
            placed.put(t.id(), utterance);
            if (!t.utteranceSaved() && utterance.equals(t.utterance())) {
                plan.ownUtterances().add(t.id()); // keeps the utterance it was inserted with: created, not linked
                continue;
            }
            if (utterance.equals(t.utterance()) && !t.manual() && java.util.Objects.equals(choice.sieve(), t.rule())) {
                continue; // where it was, by the same sieve: nothing to write (most statements in a re-link run)
            }
            plan.links().add(new LinkStore.Link(t.id(), utterance, choice.sieve(), false));
            plan.touched().add(utterance);
            if (t.utterance() != null) {
                plan.touched().add(t.utterance());
            }
        }
        for (Report r : reports.values()) {
            LinkStore.Row row = rows.get(r.id());
            float[] vector = r.text().knownEmbedding();
            int hash = vector == null ? 0 : SentenceEmbeddings.hash(r.text().original);
            if (vector != null && (row.embedding() == null || row.embeddingHash() != hash)) {
                plan.embedded().put(r.id(), new Embedded(vector, hash));
            }
            if (row.wordsHash() == null || row.wordsHash() != r.text().hash) {
                plan.normalised().put(r.id(), new Worded(r.text(), row.speaker(), row.at(), row.version()));
            }
        }
        return plan;
    }

    /** The reports a target is compared with: its speaker's in the window (earlier ones only for the re-link command). */
    private List<Report> pool(LinkStore.Row t, List<UUID> speakers, Map<UUID, LinkStore.Row> rows, Set<UUID> pending,
                              Map<UUID, UUID> placed, Map<UUID, Report> reports, boolean onlyEarlier) {
        List<Report> pool = new ArrayList<>();
        for (UUID id : speakers) {
            LinkStore.Row c = rows.get(id);
            if (id.equals(t.id()) || pending.contains(id) || Gap.compare(c.at(), t.at(), window) > 0
                    || (onlyEarlier && after(c, t))) {
                continue;
            }
            // a statement inserted with its own utterance's id that no plan has placed yet has no utterance so far
            UUID utterance = placed.getOrDefault(id, c.utteranceSaved() ? c.utterance() : null);
            pool.add(report(reports, c, utterance, !c.closed() || placed.containsKey(id)));
        }
        if (pool.size() > MAX_CANDIDATES) {
            // bounded work per report whatever the speaker's volume: the reports nearest in time count
            pool.sort(Comparator.comparing(r -> Duration.between(r.at(), t.at()).abs()));
            pool = new ArrayList<>(pool.subList(0, MAX_CANDIDATES));
        }
        return pool;
    }

    /** A statement that matches nothing keeps its utterance if no other statement in view holds it. */
    private static boolean keepsOwn(LinkStore.Row t, List<Report> pool) {
        if (t.utterance() == null || t.closed() && !t.manual()) {
            return false;
        }
        for (Report r : pool) {
            if (t.utterance().equals(r.utterance())) {
                return false;
            }
        }
        return true;
    }

    private static boolean after(LinkStore.Row c, LinkStore.Row t) {
        int byTime = c.at().compareTo(t.at());
        return byTime > 0 || byTime == 0 && c.id().compareTo(t.id()) > 0;
    }

    private Report report(Map<UUID, Report> cache, LinkStore.Row r, UUID utterance, boolean open) {
        Report cached = cache.get(r.id());
        ReportText text = cached != null ? cached.text() : texts.of(r.id(), r.text(), r.words(), r.wordsHash());
        if (r.embedding() != null) {
            text.offer(r.embedding(), r.embeddingHash());
        }
        Report report = new Report(r.id(), text, r.statedAt(), r.at(), utterance, open, r.reportedSpeech());
        cache.put(r.id(), report);
        return report;
    }
}
