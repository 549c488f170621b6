package io.statements.utterance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Normalised texts of recently seen statements, by id (bounded LRU, shared by the threads that link): a speaker's
 * earlier reports are candidates of each of their later ones, so each is normalised once rather than once per
 * create or re-link batch. An entry counts only while the statement's text is unchanged.
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

    ReportText of(UUID id, String text) {
        String original = text == null ? "" : text;
        synchronized (cache) {
            ReportText cached = cache.get(id);
            if (cached != null && cached.original.equals(original)) {
                return cached;
            }
        }
        ReportText fresh = ReportText.of(text);
        synchronized (cache) {
            cache.put(id, fresh);
        }
        return fresh;
    }
}
