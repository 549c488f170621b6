package io.statements.utterance;

import java.util.Set;

/**
 * Paraphrase: two full reports of one speaker, close in time (later ones were refused by {@link LateReport}), that
 * say the same thing in other words ("residents will get a free shuttle bus" / "residents are to be offered free
 * buses"). Decided by sentence embeddings ({@link SentenceEmbeddings}), which read meaning but are blind to the
 * details that make two statements different, so they are asked only when:
 * <ul>
 *   <li>at least one report is reported speech (kind INDIRECT): a quotation claims the speaker's very words, so two
 *       quotations in different words are two statements (translations aside, which this sieve cannot tell from
 *       two claims on one topic: "pharmacies will stock the vaccine in October" / "only hospitals will give the
 *       vaccine in October");</li>
 *   <li>both reports are full sentences of comparable size (fragments embed poorly and say too little);</li>
 *   <li>they share some content words (a topic anchor), but not most of them: reports with mostly the same words
 *       that the alignment sieves did not link differ in a figure, a place or a name ("three times ... north" /
 *       "twice ... south"), exactly what embeddings miss;</li>
 *   <li>both or neither are negated ("will be full again" / "will not be full again").</li>
 * </ul>
 */
final class SameMeaning implements LinkSieve {

    /** The lighter report's weight: about five content words. */
    static final double MIN_WEIGHT = 5.0;
    /** The lighter report weighs at least this share of the other. */
    static final double MIN_SIZE_RATIO = 0.6;
    /** Share of the lighter report's weight found among the other's words: from (anchor) ... */
    static final double MIN_SHARED = 0.4;
    /** ... to below (mostly the same words, differing in details). */
    static final double MAX_SHARED = 0.7;

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "nothing", "none", "neither",
            "nor", "without");

    private final double similarity;

    /** @param similarity cosine similarity from which two reports are the same statement; 0 or less: off */
    SameMeaning(double similarity) {
        this.similarity = similarity;
    }

    @Override
    public Verdict judge(Report a, Report b) {
        ReportText x = a.text();
        ReportText y = b.text();
        if (similarity <= 0 || !a.reportedSpeech() && !b.reportedSpeech() || x.weight < MIN_WEIGHT || x.weight < MIN_SIZE_RATIO * y.weight
                || negated(x) != negated(y)) {
            return null;
        }
        double shared = ContainedQuote.sharedWeight(x, y) / x.weight;
        if (shared < MIN_SHARED || shared >= MAX_SHARED) {
            return null;
        }
        return SentenceEmbeddings.cosine(x.embedding(), y.embedding()) >= similarity ? Verdict.SAME : null;
    }

    private static boolean negated(ReportText text) {
        for (String w : text.words) {
            if (NEGATIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "SAME_MEANING";
    }
}
