package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Words.stripPossessive;

/**
 * Rule coordinated-given-names-share-surname (session n67e): `Ted and Ann Marsh`, `the toddlers Ivy, Cole and Tam
 * Marsh` name two or more people who all bear the surname written once after the last given name. English never
 * writes the surname after each conjunct, so the run after `and` is one bearer among several, and a later bare `Marsh
 * said` may be any of them (in news, most often a parent speaking about children named that way). The bare surname
 * then stays the surname (an accepted form of every bearer) instead of the last conjunct's full name; a bearer the
 * text named in full before the coordination keeps the surname (the map is filled first come, first kept).
 */
final class SharedSurnames {
    private SharedSurnames() {
    }

    /**
     * Called for a name run [a, j] that holds `and` at {@code and}: when it is `Given and Given Surname` (the first a
     * known first name) or the end of a list `Given, Given and Given Surname`, the surname maps to itself.
     */
    static void note(NameIndex names, List<Tok> toks, int a, int and, int j) {
        if (and != a + 1 || j != and + 2 || !toks.get(a).cap || !toks.get(and + 1).cap || !toks.get(j).cap) {
            return; // quick rejection: one word, `and`, two words
        }
        boolean list = a >= 2 && toks.get(a - 1).text.equals(",") && oneWordName(toks, a - 2);
        for (int k = a; list && k >= 0; k -= 2) {
            String full = names.lastNameToFull.get(stripPossessive(toks.get(k).text));
            if (full != null && !(k > 0 && full.startsWith(toks.get(k - 1).text + " "))) { // not `Toddlers Ivy` itself
                return; // `criticism from Giles, Millis and Ray Dunn` after `Terry Giles`: surnames of several families
            }
            if (k < 2 || !toks.get(k - 1).text.equals(",") || !oneWordName(toks, k - 2)) {
                break;
            }
        }
        if (!list && !PersonGenders.isFirstName(toks.get(a).low)) {
            return; // `Reyes and Ida Berg`: a surname and a full name, two people of different families
        }
        if (Lexicon.PLACES.contains(toks.get(a).low) || Lexicon.PLACES.contains(toks.get(and + 1).low)) {
            return; // `Lima and Santa Cruz`: places
        }
        Name second = names.classify(and + 1, j);
        if (second == null || second.kind != SpeakerKind.PERSON || second.canonical == null
                || second.canonical.indexOf(' ') < 0) {
            return;
        }
        String last = stripPossessive(toks.get(j).text);
        if (last.length() > 1 && second.canonical.endsWith(last)) {
            names.lastNameToFull.putIfAbsent(last, last);
        }
    }

    /** A single capitalised word standing alone in a list (`Ivy,` before `Cole and Tam Marsh`), no place. */
    private static boolean oneWordName(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        if (t.type != Tok.WORD || !t.cap || Lexicon.PLACES.contains(t.low)) {
            return false;
        }
        Tok before = k > 0 ? toks.get(k - 1) : null;
        boolean opener = before != null && (k < 2 || toks.get(k - 2).sent != before.sent) // `Toddlers Ivy, Cole and ...`
                && !PersonGenders.isFirstName(before.low);
        return before == null || before.type != Tok.WORD || !before.cap || before.sent != t.sent || opener;
    }
}
