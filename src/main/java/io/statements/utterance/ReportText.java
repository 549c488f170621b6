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

    private java.util.Set<String> wordSet;

    java.util.Set<String> wordSet() {
        if (wordSet == null) {
            wordSet = new java.util.HashSet<>(java.util.Arrays.asList(words));
        }
        return wordSet;
    }

    int length() {
        return words.length;
    }
}
