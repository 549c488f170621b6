package io.statements.extraction.core;

/**
 * Session n74b, rule epithet-not-in-own-sentence: an epithet for the story's person (`The 64-year-old former
 * docker who beat Tomas Reyes stated`, {@link EpithetTopics}) never stands for a person its own sentence names: the
 * sentence would not describe someone and name him in one breath (`who beat Reyes`: Reyes is the other one). The
 * salient person of the story was chosen by how often the text named them, and the text named the rival most.
 */
final class SentenceOwnNames {
    private SentenceOwnNames() {
    }

    /**
     * Whether the epithet (its gender from its head, `?` when none) may mean the person: no gender conflict, and its
     * own sentence does not name them.
     */
    static boolean fits(Doc d, String name, char gender, int ms) {
        return (gender == '?' || !d.genders.conflicts(name, gender)) && !names(d, name, ms);
    }

    /** Whether the sentence holding the character position ms names a person whose last word is the name's. */
    static boolean names(Doc d, String name, int ms) {
        if (name == null || name.isEmpty() || d.sentStart.length == 0) {
            return false;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        int sent = d.toks.get(d.tokenAt(ms)).sent;
        int ss = d.sentStart[sent], se = d.sentEnd[sent];
        for (int k = d.names.mentionBefore(d.toks.get(se).e); k >= 0 && d.names.mentionPos.get(k)[2] >= ss; k--) {
            int[] mp = d.names.mentionPos.get(k);
            String other = d.names.mentionName.get(k);
            if (mp[2] <= se && mp[1] == SpeakerKind.PERSON.ordinal() && other != null
                    && (other.equals(last) || other.endsWith(" " + last) || name.equals(other))) {
                return true;
            }
        }
        return false;
    }
}
