package io.statements.extraction.core;

/**
 * Session n74a, rule it-named-subject: `Norvale Mining faced anger for weeks. It later apologised, and at a hearing
 * it conceded "mistakes"`: an `it` in a sentence that opens with `It` continues the subject of the
 * sentence before; when that subject is a capitalised name the text genders nowhere (no first name, no title, no
 * `he`/`she` for it) and is no person's last name nor a country, the name is the body that speaks, whatever kind
 * the mention index gave it (a firm of two capitalised words looks like a person's name to it). A one-word subject
 * the index did not type as a body must be written capitalised inside a sentence elsewhere (`as Norvale workers
 * walked out`), or it is only a sentence's first word (`Unity means ...`). Asked only when no organisation spoke
 * last.
 */
final class ItNamedSubjects {
    private ItNamedSubjects() {
    }

    /** The body named as the subject of the sentence before, for `it` at [ms, me); else null. */
    static Speaker antecedent(Doc d, SpeakerResolver resolver, int ms, int me, String mention, int before) {
        int pk = d.tokenAt(ms);
        if (before < 0 || d.clauses == null || pk < 0) {
            return null;
        }
        int si = d.toks.get(pk).sent, ss = d.sentStart[si];
        if (!d.toks.get(ss).low.equals("it") || d.toks.get(ss).qrole != Tok.OUT) {
            return null; // the sentence goes on about something else
        }
        int[] subj = d.clauses.sentenceSubject(d.sentStart[before], d.sentEnd[before]);
        if (subj == null || subj[1] - subj[0] > 4) {
            return null;
        }
        for (int k = subj[0]; k <= subj[1]; k++) {
            Tok t = d.toks.get(k);
            if (t.type != Tok.WORD || !t.cap || t.qrole != Tok.OUT || Words.endsWithPossessive(t)) {
                return null; // `The firm`, `Norvale's chief`: no bare name
            }
        }
        Speaker sp = resolver.resolve(subj[0], subj[1]);
        if (sp == null || sp.name() == null
                || sp.kind() != SpeakerKind.ORGANIZATION && sp.kind() != SpeakerKind.PERSON) {
            return null;
        }
        String name = sp.name(), written = d.s.substring(d.toks.get(subj[0]).s, d.toks.get(subj[1]).e);
        if (!name.equals(written) || d.genders.of(name) != null || d.names.lastNameToFull.containsKey(name)
                || WorldPlaces.is(name) || Lexicon.isRegion(name)) {
            return null; // `Bryant signed the bill. It sought`: a person's surname, made whole by the resolver
        }
        if (subj[0] == subj[1] && sp.kind() != SpeakerKind.ORGANIZATION && !properElsewhere(d, name)) {
            return null; // `Unity doesn't mean ... It means`, `More importantly, ...`: a sentence's first word
        }
        return new Speaker(ms, me, mention, name, SpeakerKind.ORGANIZATION, null);
    }

    /** The one word is written capitalised somewhere inside a sentence, not only as a sentence's first word. */
    private static boolean properElsewhere(Doc d, String word) {
        for (int k : d.capitalisedWords()) {
            Tok t = d.toks.get(k);
            if (t.text.equals(word) && d.sentStart[t.sent] != k && t.qrole == Tok.OUT
                    && d.toks.get(k - 1).type == Tok.WORD) {
                return true;
            }
        }
        return false;
    }
}
