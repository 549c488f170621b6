package io.statements.utterance;

/**
 * Two renderings of one statement (two translations, a quote and its paraphrase) that still share a long passage
 * word for word: a run of at least {@link #MIN_CONTENT_WORDS} content words in the same order, function words
 * between them allowed. Shorter common runs ("the Russian plane") are everyday phrases of a speaker.
 */
final class SharedPassage implements LinkSieve {

    static final int MIN_CONTENT_WORDS = 5;

    @Override
    public Verdict judge(Report a, Report b) {
        if (a.text().sharedBound(b.text(), 1, true) < MIN_CONTENT_WORDS
                || sharedContentWords(a.text(), b.text()) < MIN_CONTENT_WORDS) {
            return null; // no run can hold more content words than the two reports share: the O(n x m) run is skipped
        }
        return longestRun(a.text(), b.text()) >= MIN_CONTENT_WORDS ? Verdict.SAME : null;
    }

    /** How many of a's content words occur in b at all: an upper bound of the content words in any common run. */
    static int sharedContentWords(ReportText a, ReportText b) {
        java.util.Set<String> words = b.wordSet();
        int shared = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.weights[i] >= 1 && words.contains(a.words[i])) {
                shared++;
            }
        }
        return shared;
    }

    /** Content words in the longest common contiguous run of words. */
    static int longestRun(ReportText a, ReportText b) {
        int m = b.length();
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        int[] previousContent = new int[m + 1];
        int[] currentContent = new int[m + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= m; j++) {
                if (a.words[i - 1].equals(b.words[j - 1])) {
                    current[j] = previous[j - 1] + 1;
                    currentContent[j] = previousContent[j - 1] + (a.weights[i - 1] >= 1 ? 1 : 0);
                    best = Math.max(best, currentContent[j]);
                } else {
                    current[j] = 0;
                    currentContent[j] = 0;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousContent;
            previousContent = currentContent;
            currentContent = swap;
        }
        return best;
    }

    @Override
    public String name() {
        return "SHARED_PASSAGE";
    }
}
