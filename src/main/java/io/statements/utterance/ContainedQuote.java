package io.statements.utterance;

/**
 * The lighter report's words found, in order, in one passage of the other: a partial quote inside a fuller
 * report, or two transcriptions differing by a few small words. Scored by a local alignment (Smith-Waterman over
 * weighted words): matched weight, minus a quarter of the weight of each word substituted, skipped or inserted,
 * as a share of the lighter report's weight. Scattered common words cost their gaps and score low.
 */
final class ContainedQuote implements LinkSieve {

    static final double GAP = 0.25;
    /** Below this share of common words the alignment cannot reach any threshold in use: skipped. */
    private static final double CHEAP_BELOW = 0.7;

    private final double threshold;

    ContainedQuote(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public Verdict judge(Report a, Report b) {
        return reaches(a.text(), b.text(), threshold) ? Verdict.SAME : null;
    }

    /** Whether {@link #score} reaches {@code share}; most pairs are answered by the word signatures alone. */
    static boolean reaches(ReportText a, ReportText b, double share) {
        if (a.weight > 0 && a.sharedBound(b, 0, false) / a.weight < share) {
            return false; // the signature bound is at least the shared weight, which is at least the alignment
        }
        return score(a, b) >= share;
    }

    static double score(ReportText a, ReportText b) {
        if (a.weight <= 0) {
            return 0;
        }
        double bound = sharedWeight(a, b) / a.weight;
        if (bound < CHEAP_BELOW) {
            return bound;
        }
        int n = a.length();
        int m = b.length();
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        double best = 0;
        for (int i = 1; i <= n; i++) {
            double wa = a.weights[i - 1];
            String word = a.words[i - 1];
            current[0] = 0;
            for (int j = 1; j <= m; j++) {
                double wb = b.weights[j - 1];
                double diagonal = previous[j - 1] + (word.equals(b.words[j - 1]) ? wa : -GAP * Math.max(wa, wb));
                double h = Math.max(0, Math.max(diagonal, Math.max(previous[j] - GAP * wa, current[j - 1] - GAP * wb)));
                current[j] = h;
                if (h > best) {
                    best = h;
                }
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return best / a.weight;
    }

    @Override
    public String name() {
        return "CONTAINED_QUOTE";
    }

    /** An upper bound of the alignment: the weight of the lighter report's words that occur in the other at all. */
    static double sharedWeight(ReportText a, ReportText b) {
        java.util.Set<String> words = b.wordSet();
        double shared = 0;
        for (int i = 0; i < a.length(); i++) {
            if (words.contains(a.words[i])) {
                shared += a.weights[i];
            }
        }
        return shared;
    }
}
