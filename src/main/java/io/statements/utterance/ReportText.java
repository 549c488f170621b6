package io.statements.utterance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report's text as the matcher sees it: the normalisation rules applied in order, then split into stemmed words
 * with their weights. At most {@link #MAX_WORDS} words are kept, which bounds the cost of a comparison.
 */
final class ReportText {

    static final int MAX_WORDS = 120;

    /** The rules, in the order they run; each one sees the output of the one before. */
    static final List<TextRule> RULES = List.of(
            new QuotationMarks(), new EditorialInsertions(), new CaseAndAccents(), new CensoredWords(),
            new SpokenForms());

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    final String[] words;
    final double[] weights;
    final double weight;
    final String key;
    /** The text as stored (for the embedding sieve, which reads it whole). */
    final String original;
    private final java.util.Set<String> wordSet;

    private ReportText(String original, String[] words, double[] weights) {
        this.original = original;
        this.words = words;
        this.weights = weights;
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        this.weight = total;
        this.key = String.join(" ", words);
        this.wordSet = java.util.Set.of(new java.util.HashSet<>(java.util.Arrays.asList(words)).toArray(String[]::new));
    }

    static ReportText of(String text) {
        String normal = text == null ? "" : text;
        for (TextRule rule : RULES) {
            normal = rule.apply(normal);
        }
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(normal)) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(Words.stem(w));
            }
        }
        double[] weights = new double[words.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Words.weight(words.get(i));
        }
        return new ReportText(text == null ? "" : text, words.toArray(String[]::new), weights);
    }

    /** The sentence embedding once known (stored, or computed by {@link SameMeaning}); racing writers agree. */
    private volatile float[] embedding;

    /** The embedding, computed on first use: only pairs that pass {@link SameMeaning}'s gates ask for it. */
    float[] embedding() {
        float[] known = embedding;
        if (known == null) {
            known = SentenceEmbeddings.vector(original);
            embedding = known;
        }
        return known;
    }

    /** The embedding if known, without computing it. */
    float[] knownEmbedding() {
        return embedding;
    }

    /** A stored embedding, taken when it was made from this very text. */
    void offer(float[] stored, int textHash) {
        if (embedding == null && stored != null && textHash == SentenceEmbeddings.hash(original)) {
            embedding = stored;
        }
    }

    /** Built with the text (final): texts are shared between threads ({@link ReportTexts}). */
    java.util.Set<String> wordSet() {
        return wordSet;
    }

    int length() {
        return words.length;
    }
}
