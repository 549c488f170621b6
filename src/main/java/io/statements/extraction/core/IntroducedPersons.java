package io.statements.extraction.core;

/**
 * Rule pronoun-introduced-person (session n65a): `Chris Dole said ... To Harbour College economist Wren Abeyta, Dole's
 * plan looked rushed. "It reads like a first draft," she said`: when the last speaker clashes with the pronoun in
 * gender, the person the sentence just before introduces by a role or title word right before a full name (`economist
 * Wren Abeyta`, `professor X`), after that speaker, is the one the pronoun picks up, before someone who agrees but was
 * named further back (the fallback {@link PersonGenders#lastAgreeing}). Only one such person in that sentence, of a
 * gender not known to clash, and no one known to agree named after her.
 */
final class IntroducedPersons {
    private IntroducedPersons() {
    }

    /** The introduced person, else {@code agreeing} (the fallback's choice). */
    static String or(Doc d, char want, int ms, Speaker prev, String agreeing) {
        int pk = d.tokenAt(ms), si = d.toks.get(pk).sent;
        if (si <= 0 || d.toks.get(d.sentStart[si]).para - d.toks.get(d.sentStart[si - 1]).para > 1) {
            return agreeing;
        }
        int from = d.toks.get(d.sentStart[si - 1]).s, to = d.toks.get(d.sentEnd[si - 1]).e;
        if (prev != null && prev.ms() >= from) {
            return agreeing; // the last speaker spoke in that sentence: it is about them
        }
        String found = null;
        NameIndex names = d.names;
        for (int k = names.mentionBefore(Math.min(ms, to)); k >= 0 && names.mentionPos.get(k)[0] >= from; k--) {
            int[] mp = names.mentionPos.get(k);
            String name = names.mentionName.get(k);
            if (mp[1] != SpeakerKind.PERSON.ordinal() || name == null) {
                continue;
            }
            if (Character.valueOf(want).equals(d.genders.of(name)) && found == null) {
                return agreeing; // someone known to agree named last in that sentence: the rules' own choice
            }
            int t = d.tokenAt(mp[0]);
            if (!name.contains(" ") || t == 0 || d.genders.conflicts(name, want) || PersonAntecedents.nonPerson(name)
                    || d.toks.get(t).qrole != Tok.OUT) {
                continue;
            }
            Tok before = d.toks.get(t - 1);
            if (before.type != Tok.WORD || before.cap || !RoleWords.ROLES.contains(before.low)
                    && !Lexicon.TITLES.contains(before.low)) {
                continue;
            }
            if (found != null && !found.equals(name)) {
                return agreeing; // two introduced: no telling
            }
            found = name;
        }
        return found != null ? found : agreeing;
    }
}
