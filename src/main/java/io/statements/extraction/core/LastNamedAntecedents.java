package io.statements.extraction.core;

/**
 * The walk back over the name mentions before a pronoun (within 20,000 characters): the last person named who may
 * be its antecedent, and the last organisation named. Asked by {@link PronounResolver} for every pronoun.
 */
final class LastNamedAntecedents {
    /** The last person named (or, none named in full in reach, the one-word name after all); null when none. */
    final String person;
    /** Where {@link #person} is mentioned; -1 when none. */
    final int personPos;
    /** The last organisation named that is no place; null when none. */
    final String org;

    private LastNamedAntecedents(String person, int personPos, String org) {
        this.person = person;
        this.personPos = personPos;
        this.org = org;
    }

    /**
     * The antecedents named before {@code ms}, skipping the mentions inside {@code asker} ([start, end) or null):
     * names38, `Asked by Kettering whether she ..., she said` is never the asker's.
     */
    static LastNamedAntecedents before(Doc d, PronounCandidates candidates, int ms, int[] asker) {
        NameIndex names = d.names;
        int lastPersonPos = -1, weak = -1;
        String lastPerson = null;
        String lastOrg = null;
        for (int k = names.mentionBefore(ms); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < ms - 20000) {
                break;
            }
            if (mp[0] >= ms || asker != null && mp[0] >= asker[0] && mp[0] < asker[1]) {
                continue; // names38: `Asked by Kettering whether she ..., she said`: never the asker
            }
            // decided once a mention (PronounCandidates): no place, plural, thing or `Nov.` (names23) is a person
            byte c = lastPerson == null && mp[1] == SpeakerKind.PERSON.ordinal() ? candidates.of(k) : 0;
            if (c == PronounCandidates.WEAK) { // n49a: `Velda, Orso and Kaprin`: a fallback
                weak = weak < 0 ? k : weak;
                continue;
            } else if (c == PronounCandidates.PERSON) {
                lastPerson = names.mentionName.get(k);
                lastPersonPos = mp[0];
            }
            if (lastOrg == null && mp[1] == SpeakerKind.ORGANIZATION.ordinal()
                    && !candidates.worldPlace(k) && !candidates.locativePlace(k)) { // n68d
                lastOrg = names.mentionName.get(k);
            }
            if (lastPerson != null && lastOrg != null) {
                break;
            }
        }
        if (weak >= 0 && (lastPerson == null || lastPersonPos < ms - WeakPersons.REACH)) {
            lastPerson = names.mentionName.get(weak); // no one named in full in reach: the one-word name after all
            lastPersonPos = names.mentionPos.get(weak)[0];
        }
        return new LastNamedAntecedents(lastPerson, lastPersonPos, lastOrg);
    }
}
