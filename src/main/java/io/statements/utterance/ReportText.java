package io.statements.utterance;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report's text as the matcher sees it: the normalisation rules applied in order, then split into stemmed words
 * with their weights. At most {@link #MAX_WORDS} words are kept, which bounds the cost of a comparison. The words
 * are stored beside the statement ({@code statement_words}, with {@link #hash}) so that a later comparison splits
 * them instead of running the rules again.
 */
final class ReportText {

    static final int MAX_WORDS = 120;

    /**
     * Part of every stored words' hash: raise it whenever a rule, the stemmer, the function words or
     * {@link #MAX_WORDS} change, so that words stored by the old rules are normalised again, not used.
     */
    static final int RULES_VERSION = 1;

    /** The rules, in the order they run; each one sees the output of the one before. */
    static final List<TextRule> RULES = List.of(
            new QuotationMarks(), new EditorialInsertions(), new CaseAndAccents(), new CensoredWords(),
            new SpokenForms());

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    final String[] words;
    final double[] weights;
    final double weight;
    final String key;
    /** The text as stored (for the embedding sieve, which reads it whole); null when only its stored words were read. */
    final String original;
    /** {@link #hash} of the original: stored with the words. */
    final long hash;
    /**
     * A 256-bit signature of the words (one bit a word, by its hash) and each word's bit: a word whose bit is not in
     * another text's signature is certainly not among its words, which bounds the shared words of most pairs (a
     * speaker's unrelated reports) without looking a word up.
     */
    private final long[] signature = new long[4];
    private final byte[] bits;
    /** Made on first use: most pairs are told apart by the signature. Immutable, so a racy first use is harmless. */
    private java.util.Set<String> wordSet;

    private ReportText(String original, long hash, String[] words, double[] weights) {
        this.original = original;
        this.hash = hash;
        this.words = words;
        this.weights = weights;
        this.bits = new byte[words.length];
        double total = 0;
        for (int i = 0; i < words.length; i++) {
            total += weights[i];
            int h = words[i].hashCode() * 0x9E3779B1;
            bits[i] = (byte) (h >>> 24);
            signature[(h >>> 30)] |= 1L << (h >>> 24);
        }
        this.weight = total;
        this.key = String.join(" ", words);
    }

    /**
     * At least the weight of this text's words found among {@code other}'s (sharedWeight), counting only words
     * of at least {@code minWeight}; as a count of words when {@code countWords}, else summed in word order.
     */
    double sharedBound(ReportText other, double minWeight, boolean countWords) {
        double shared = 0;
        for (int i = 0; i < bits.length; i++) {
            int bit = bits[i] & 0xFF;
            if (weights[i] >= minWeight && (other.signature[bit >>> 6] & (1L << bit)) != 0) {
                shared += countWords ? 1 : weights[i];
            }
        }
        return shared;
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
        return new ReportText(text == null ? "" : text, hash(text), words.toArray(String[]::new), weights);
    }

    /**
     * A text from its words as stored ({@link #key} of {@link #of}), taken only when they were made from this very
     * text by these rules; null otherwise. The same words, weights and key as {@link #of} gives.
     */
    static ReportText stored(String text, String words, long storedHash) {
        long hash = hash(text);
        if (words == null || hash != storedHash) {
            return null;
        }
        return split(text == null ? "" : text, words, hash);
    }

    /**
     * Stored words taken without their text, which the caller has not read: it checked that they were stored for
     * the statement's current version (LinkStore). Such a text has no {@link #original}, so no embedding: the
     * paraphrase sieve's candidates are read with their texts.
     */
    static ReportText trusted(String words, long storedHash) {
        return split(null, words, storedHash);
    }

    private static ReportText split(String original, String words, long hash) {
        String[] split = words.isEmpty() ? new String[0] : words.split(" ", -1);
        double[] weights = new double[split.length];
        for (int i = 0; i < split.length; i++) {
            weights[i] = Words.weight(split[i]);
        }
        return new ReportText(original, hash, split, weights);
    }

    /**
     * What stored words are checked against: SHA-256 (first 8 bytes) of the rules' version and the text, so words of
     * an edited text or of older rules are never taken, and no text can be written to pass for another.
     */
    static long hash(String text) {
        MessageDigest sha = SHA256.get();
        sha.update((RULES_VERSION + "\n" + (text == null ? "" : text)).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(sha.digest()).getLong();
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    /** The sentence embedding once known (stored, or computed by {@link SameMeaning}); racing writers agree. */
    private volatile float[] embedding;

    /** The embedding, computed on first use: only pairs that pass {@link SameMeaning}'s gates ask for it. */
    float[] embedding() {
        float[] known = embedding;
        if (known == null) {
            if (original == null) {
                throw new IllegalStateException("an embedding of a text that was not read");
            }
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
        if (embedding == null && stored != null && original != null && textHash == SentenceEmbeddings.hash(original)) {
            embedding = stored;
        }
    }

    /** The distinct words; texts are shared between threads ({@link ReportTexts}): the set is immutable. */
    java.util.Set<String> wordSet() {
        java.util.Set<String> set = wordSet;
        if (set == null) {
            set = java.util.Set.of(new java.util.HashSet<>(java.util.Arrays.asList(words)).toArray(String[]::new));
            wordSet = set;
        }
        return set;
    }

    int length() {
        return words.length;
    }
}
