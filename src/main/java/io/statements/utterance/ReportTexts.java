package io.statements.utterance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Normalised texts of recently seen statements, by id (bounded LRU, shared by the threads that link): a speaker's
 * earlier reports are candidates of each of their later ones, so each is normalised once rather than once per
 * create or re-link batch. An entry counts only while the statement's text is unchanged. Texts not kept here are
 * built from their stored words when those are current, and normalised only when not.
 */
final class ReportTexts {

    private final Map<UUID, ReportText> cache;

    /** @param capacity texts kept: about 2.5 KB each for a 30-word report */
    ReportTexts(int capacity) {
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, ReportText> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * @param storedWords the statement's words as stored ({@code statement_words}), or null
     * @param storedHash  the hash they were stored with: taken only if it is this text's
     */
    ReportText of(UUID id, String text, String storedWords, Long storedHash) {
        String original = text == null ? "" : text;
        synchronized (cache) {
            ReportText cached = cache.get(id);
            if (cached != null && cached.original.equals(original)) {
                return cached;
            }
        }
        ReportText fresh = storedHash == null ? null : ReportText.stored(text, storedWords, storedHash);
        if (fresh == null) {
            fresh = ReportText.of(text);
        }
        synchronized (cache) {
            cache.put(id, fresh);
        }
        return fresh;
    }
}
