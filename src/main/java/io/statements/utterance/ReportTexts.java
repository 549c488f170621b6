package io.statements.utterance;

import java.util.LinkedHashMap;
import java.util.UUID;

/**
 * Normalised texts of recently seen statements, by id (bounded LRU, shared by the threads that link): a speaker's
 * earlier reports are candidates of each of their later ones, so each is normalised once rather than once per
 * create or re-link batch. An entry counts only while the statement's text is unchanged. Texts not kept here are
 * built from their stored words when those are current, and normalised only when not.
 */
final class ReportTexts {

    /** What {@code capacity} texts may take in all: a 30-word report's share, so long reports mean fewer texts. */
    static final int BYTES_PER_TEXT = 2_500;

    private final LinkedHashMap<UUID, ReportText> cache = new LinkedHashMap<>(1024, 0.75f, true);
    private final int capacity;
    private final long maxBytes;
    private long bytes;

    /**
     * @param capacity texts kept, and about 2.5 KB of heap each: bounded by bytes too, since a bulk import of long
     *                 reports (a hundred words and more) would otherwise keep several times that (#16: an import's
     *                 memory must not grow with its size)
     */
    ReportTexts(int capacity) {
        this.capacity = capacity;
        this.maxBytes = (long) capacity * BYTES_PER_TEXT;
    }

    /**
     * @param text        the statement's text, or null where its stored words stand for it (they are then taken
     *                    as they are: the text is not at hand to check them against)
     * @param storedWords the statement's words as stored ({@code statement_words}), or null
     * @param storedHash  the hash they were stored with: taken only if it is this text's
     */
    ReportText of(UUID id, String text, String storedWords, Long storedHash) {
        if (text == null && (storedHash == null || storedWords == null)) {
            throw new IllegalArgumentException("statement " + id + ": neither its text nor its words");
        }
        synchronized (cache) {
            ReportText cached = cache.get(id);
            // without the text (its stored words stand for it) the words' hash tells whether the kept ones are its
            if (cached != null && (text == null ? cached.hash == storedHash
                    : cached.original != null && cached.original.equals(text))) {
                return cached;
            }
        }
        ReportText fresh;
        if (text == null) {
            fresh = ReportText.trusted(storedWords, storedHash);
        } else {
            fresh = storedHash == null ? null : ReportText.stored(text, storedWords, storedHash);
            if (fresh == null) {
                fresh = ReportText.of(text);
            }
        }
        synchronized (cache) {
            ReportText replaced = cache.put(id, fresh);
            bytes += size(fresh) - (replaced == null ? 0 : size(replaced));
            var eldest = cache.values().iterator();
            while ((bytes > maxBytes || cache.size() > capacity) && eldest.hasNext()) {
                bytes -= size(eldest.next());
                eldest.remove();
            }
        }
        return fresh;
    }

    /** Texts kept now. */
    int kept() {
        synchronized (cache) {
            return cache.size();
        }
    }

    /** Heap a text takes, roughly: its words (a String and its bytes each), weights, key and original. */
    static long size(ReportText text) {
        return 200L + 56L * text.words.length + 8L * text.weights.length + text.key.length()
                + (text.original == null ? 0 : text.original.length());
    }
}
