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
        if (parts <= 1 || speaker == null) {
            return 0;
        }
        String key = speaker.id() != null ? speaker.id().toString() : key(speaker.name());
        return Math.floorMod(key.hashCode(), parts);
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
