package io.statements.extraction.core;

import java.util.List;

/**
 * Rule characterisation-pronoun (session names41): `Farmers press Governor Holt to meet them, but she is firm that
 * she will not bargain with what she calls a "noisy handful"`: `he` or `she` before the characterising verb is one
 * person, never the subject of the sentence or of the verb of saying it hangs on when that subject names a group, an
 * organisation or nobody; then the pronoun's own antecedent, when the sentence names it before the pronoun.
 */
final class CharacterisationPronouns {
    private final Doc d;
    private final List<Tok> toks;

    CharacterisationPronouns(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /**
     * The person `he`/`she` right before the characterising verb at cue stands for, or null when the subject it would
     * otherwise take is one person (`Ban condemned what he called "..."`) or the pronoun names nobody in the sentence.
     */
    Speaker speaker(int cue, Speaker subject) {
        Tok pronoun = toks.get(cue - 1);
        if (!pronoun.low.equals("he") && !pronoun.low.equals("she") || onePerson(subject, pronoun)) {
            return null;
        }
        Speaker own = d.resolver.resolve(cue - 1, cue - 1);
        if (onePerson(own, pronoun) && namedBefore(own.name(), pronoun.sent, cue - 1)) {
            return own;
        }
        return onlyPersonNamedBefore(pronoun, cue - 1);
    }

    /**
     * Rule characterisation-pronoun-in-sentence (session names45): `Voters and some councillors urge Mayor Ann Loy
     * to meet them, but she refuses to meet what she calls a "..."`: when the pronoun's antecedent by the resolver is
     * someone the sentence does not name (the speaker of the paragraph before), the one person named in full earlier
     * in the sentence who agrees with it is its antecedent. Two people named there: none (either could be meant).
     */
    private Speaker onlyPersonNamedBefore(Tok pronoun, int p) {
        int start = toks.get(d.sentStart[pronoun.sent]).s;
        Speaker found = null;
        for (int k = d.names.mentionBefore(pronoun.s); k >= 0; k--) {
            int[] mp = d.names.mentionPos.get(k);
            if (mp[0] < start) {
                break;
            }
            if (mp[1] != SpeakerKind.PERSON.ordinal() || mp[2] >= p) {
                continue;
            }
            int end = mp[2];
            while (end + 1 < p && toks.get(end + 1).type == Tok.WORD && toks.get(end + 1).cap) {
                end++;
            }
            Speaker sp = d.resolver.resolve(mp[2], end);
            if (!onePerson(sp, pronoun)) {
                continue;
            }
            if (found != null && !found.name().equals(sp.name())) {
                return null;
            }
            found = sp;
        }
        return found;
    }

    /** A person by full name, not of the other gender than the pronoun's: not a capitalised plural (`Truckers`). */
    private boolean onePerson(Speaker sp, Tok pronoun) {
        Character gender = sp == null || sp.name() == null ? null : d.genders.of(sp.name());
        return sp != null && sp.kind() == SpeakerKind.PERSON && sp.name() != null && sp.name().contains(" ")
                && (gender == null || gender == (pronoun.low.equals("he") ? 'M' : 'F'));
    }

    /**
     * The sentence names the person before the pronoun (the last word of the name): `Mr. Roe is running ... against
     * what he calls "..."` is Roe's, not the previous paragraph's speaker's whom the pronoun resolver picks.
     */
    private boolean namedBefore(String name, int si, int pronoun) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        for (int k = d.sentStart[si]; k < pronoun; k++) {
            Tok t = toks.get(k);
            if (t.text.equals(last) || t.cap && Words.stripPossessive(t.text).equals(last)) {
                return true;
            }
        }
        return false;
    }
}
