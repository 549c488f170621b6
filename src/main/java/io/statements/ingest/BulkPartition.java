package io.statements.ingest;

import io.statements.speaker.SpeakerRef;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Which of a round's concurrent chunks a line goes to: by its speaker, so that concurrent chunks rarely share a
 * speaker. A name is keyed loosely (case, accents and punctuation ignored, as speakers are matched); two names of one
 * speaker that still land apart only make one chunk wait for the other's speaker lock.
 */
final class BulkPartition {

    private BulkPartition() {
    }

    static int of(SpeakerRef speaker, int parts) {
        return of(key(speaker), parts);
    }

    static int of(String key, int parts) {
        return parts <= 1 ? 0 : Math.floorMod(key.hashCode(), parts);
    }

    /** A speaker as the partition sees it: by id when the line names one, else by its loosely keyed name. */
    static String key(SpeakerRef speaker) {
        return speaker == null ? "" : speaker.id() != null ? speaker.id().toString() : key(speaker.name());
    }

    private static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(plain.length());
        plain.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
