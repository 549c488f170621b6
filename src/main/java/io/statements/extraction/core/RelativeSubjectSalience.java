package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n61c, rule he-relative-subject: `The plan was put to club chairman Omar Feld, who thanked Ivo Brandt and
 * the staff. "...," he said`: when the sentence before ends in a relative clause on a person named in full (`X, who
 * ...`), X is the subject of that last clause and a person named inside it is its object; a reader takes the next
 * `he`/`she` for X (subject over object), not for the person named last. Only for a pronoun opening its sentence or
 * right after the quote that opens it, and only when nobody spoke since X was named.
 */
final class RelativeSubjectSalience {
    private RelativeSubjectSalience() {
    }

    static Speaker speaker(Doc d, SpeakerResolver resolver, Speaker prev, int ms, int me, String mention, char want) {
        int before = sentenceBefore(d, ms);
        if (before < 0) {
            return null;
        }
        int ss = d.sentStart[before], se = d.sentEnd[before];
        int who = -1;
        for (int k = ss + 2; k <= se; k++) {
            Tok t = d.toks.get(k);
            if (t.type == Tok.WORD && t.low.equals("who") && d.toks.get(k - 1).text.equals(",") && t.qrole == Tok.OUT) {
                who = k; // the last one: the clause that ends the sentence
            }
        }
        if (who < 0 || !objectPersonAfter(d, resolver, who, se) || personSubject(d, resolver, ss, who)) {
            return null;
        }
        int b = who - 2, a = b;
        while (a - 1 >= ss && d.toks.get(a - 1).type == Tok.WORD && d.toks.get(a - 1).cap) {
            a--;
        }
        if (b < ss || !d.toks.get(b).cap || d.toks.get(b).type != Tok.WORD || prev != null && prev.ms() >= d.toks.get(a).s) {
            return null;
        }
        Speaker sp = resolver.resolve(a, b);
        if (sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null || !sp.name().contains(" ")
                || PersonAntecedents.nonPerson(sp.name()) || d.genders.conflicts(sp.name(), want)) {
            return null;
        }
        if (namedIn(d, sp.name(), d.sentStart[before + 1], d.sentEnd[before + 1])) {
            return null; // `He insisted Feld was wrong`: a pronoun and a name in one clause are two people
        }
        return new Speaker(ms, me, mention, sp.name(), SpeakerKind.PERSON, null);
    }

    /** The sentence's own subject is a person: subject over object says the pronoun is that person (other rules). */
    private static boolean personSubject(Doc d, SpeakerResolver resolver, int ss, int who) {
        int[] subj = d.clauses.sentenceSubject(ss, who - 1);
        Speaker sp = subj == null ? null : resolver.resolve(subj[0], subj[1]);
        return sp != null && sp.kind() == SpeakerKind.PERSON && sp.name() != null;
    }

    /** A word of the person's name in the pronoun's sentence (outside its quotes). */
    private static boolean namedIn(Doc d, String name, int ss, int se) {
        Set<String> words = Set.of(SpeakerNames.SPACES.split(name));
        for (int k = ss; k <= se; k++) {
            Tok t = d.toks.get(k);
            if (t.type == Tok.WORD && t.cap && t.qrole == Tok.OUT && words.contains(t.text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence before the pronoun at {@code ms} when the pronoun opens its sentence and at most one paragraph break
     * lies between them, else -1: the window every salience rule for a sentence-opening pronoun reads.
     */
    static int sentenceBefore(Doc d, int ms) {
        int pk = d.tokenAt(ms), si = d.toks.get(pk).sent;
        if (si == 0 || !opensSentence(d, pk, d.sentStart[si])
                || d.toks.get(d.sentStart[si]).para - d.toks.get(d.sentStart[si - 1]).para > 1) {
            return -1;
        }
        return si - 1;
    }

    /** The pronoun opens its sentence, or follows only the quote (and its punctuation) that opens it. */
    private static boolean opensSentence(Doc d, int pk, int ss) {
        for (int k = ss; k < pk; k++) {
            Tok t = d.toks.get(k);
            if (t.qrole == Tok.OUT && t.type == Tok.WORD || k == ss && t.qrole == Tok.OUT && t.type != Tok.DQ) {
                return false;
            }
        }
        return true;
    }

    /** A person named inside the relative clause, after its verb: someone it is about, who is no subject. */
    private static boolean objectPersonAfter(Doc d, SpeakerResolver resolver, int who, int se) {
        for (int k = who + 2; k <= se; k++) {
            Tok t = d.toks.get(k);
            if (t.type != Tok.WORD || !t.cap || t.qrole != Tok.OUT) {
                continue;
            }
            int e = k;
            while (e + 1 <= se && d.toks.get(e + 1).type == Tok.WORD && d.toks.get(e + 1).cap) {
                e++;
            }
            Speaker sp = resolver.resolve(k, e);
            if (sp != null && sp.kind() == SpeakerKind.PERSON && sp.name() != null
                    && !PersonAntecedents.nonPerson(sp.name())) {
                return true;
            }
            k = e;
        }
        return false;
    }
}
