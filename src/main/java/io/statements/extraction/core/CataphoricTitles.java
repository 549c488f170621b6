package io.statements.extraction.core;

import java.util.List;

/**
 * Session n59d, rule title-then-named-speaker: news copy often reports a person first by a definite title and names
 * them only in the next sentence, as the speaker of what follows (`..., the Harbour Board spokesman said.` then
 * `..., said Canon Ivo Brandt.`, or `her movement's senior spokesperson said ...` then `"...," Ana Morel said`). The
 * title is given to that person, so that the first statement and a later `the spokesman said` are theirs. For
 * {@link PersonTitles}, after its other ways of finding a holder fail. Only a title right before a verb of saying
 * after `the` or a possessive (not `a spokesman`, someone unnamed); only when the next sentence (same or next
 * paragraph) names as the subject of its verb of saying a person the text has not named before the title (someone
 * already met is someone else) and gives them no other title (`said Senator Ann Loy` is another person).
 */
final class CataphoricTitles {
    private static final int MAX_MODIFIERS = 4;
    private static final int MAX_NAME = 5;
    /** Honorifics of clergy before a name: `Father`, `Rabbi`, `Imam`. */
    private static final java.util.Set<String> CLERICS = Lexicon.words("father fr brother sister rabbi imam canon pastor monsignor");

    private CataphoricTitles() {
    }

    /** The holder of the title at i by the rule above, or null. */
    static String holder(List<Tok> toks, int i, NameIndex names, PersonTitles titles) {
        Tok t = toks.get(i);
        if (i + 1 >= toks.size() || !Lexicon.SPEECH.contains(toks.get(i + 1).low) || !definite(toks, i)) {
            return null;
        }
        int n = i + 1;
        while (n < toks.size() && toks.get(n).sent == t.sent) {
            n++;
        }
        if (n >= toks.size() || toks.get(n).para - t.para > 1) {
            return null;
        }
        int sent = toks.get(n).sent;
        for (int v = n; v < toks.size() && toks.get(v).sent == sent; v++) {
            if (toks.get(v).qrole != Tok.OUT || !Lexicon.SPEECH.contains(toks.get(v).low)) {
                continue;
            }
            String name = named(toks, v, sent, titles);
            if (name != null) {
                return namedBefore(names, name, t.s) ? null : name;
            }
        }
        return null;
    }

    /** `the [Harbour Board] spokesman`, `her movement's senior spokesperson`: a determiner or possessive before i. */
    private static boolean definite(List<Tok> toks, int i) {
        for (int k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS && toks.get(k).sent == toks.get(i).sent; k--) {
            Tok w = toks.get(k);
            if (w.type != Tok.WORD || w.qrole != Tok.OUT || w.low.equals("a") || w.low.equals("an")
                    || RoleWords.isRole(w)) {
                return false;
            }
            if (w.low.equals("the") || w.low.equals("his") || w.low.equals("her") || w.low.equals("their")
                    || Words.endsWithPossessive(w)) {
                return !w.low.equals("the") || k == 0 || !Words.endsWithPossessive(toks.get(k - 1));
            }
        }
        return false;
    }

    /** The person named right after the verb at v to its sentence's end, or right before it; null if titled. */
    private static String named(List<Tok> toks, int v, int sent, PersonTitles titles) {
        int e = v + 1;
        while (e < toks.size() && toks.get(e).sent == sent && toks.get(e).type == Tok.WORD && toks.get(e).cap) {
            e++;
        }
        boolean after = e - (v + 1) >= 2 && e - (v + 1) <= MAX_NAME && (e >= toks.size() || toks.get(e).sent != sent
                || toks.get(e).text.equals("."));
        int a = v;
        while (!after && a - 1 >= 0 && toks.get(a - 1).sent == sent && toks.get(a - 1).type == Tok.WORD
                && toks.get(a - 1).cap && toks.get(a - 1).qrole == Tok.OUT && v - a < MAX_NAME) {
            a--;
        }
        int from = after ? v + 1 : a;
        if (from == v || RoleWords.isRole(toks.get(from)) || !after && (a == 0 || toks.get(a - 1).sent != sent)
                && v - a < 2 || !after && a > 0 && toks.get(a - 1).sent == sent && toks.get(a - 1).type == Tok.WORD) {
            return null; // `said Senator Ann Loy`, `the harbour engineer Tom Roe said`: titled; a lone word opening
        }
        for (int s = from + 1; after && s <= e - 2; s++) { // `said Jesuit Father Paolo Brandi`: from the first name
            if (WorldFirstNames.MALE.contains(toks.get(s).low) || WorldFirstNames.FEMALE.contains(toks.get(s).low)
                    || CLERICS.contains(toks.get(s - 1).low)) {
                return titles.personAt(s);
            }
        }
        return titles.personAt(from);
    }

    /** Whether the text names this person (full name or surname) before the position. */
    private static boolean namedBefore(NameIndex names, String name, int pos) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        for (int k = names.mentionBefore(pos); k >= 0; k--) {
            String m = names.mentionName.get(k);
            if (name.equals(m) || last.equals(m)) {
                return true;
            }
        }
        return false;
    }
}
