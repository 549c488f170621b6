package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session n71m, the one reader of a place written before a state body's noun or name, shared by {@link
 * PlaceQualifiedBodies} (`the Norwegian government`, `Romania's police`) and {@link PlaceOwnedBodies} (`Norland's
 * Foreign Ministry`): where the place starts and ends, and which state it is. Two rules had two copies of it, and the
 * owned bodies compared places as strings, so `U.S.` and `United States` were two places and `Niger`/`Nigeria` one
 * only by luck. Places are compared by {@link Demonyms#state}: `Norwegian`, `Norway` and `Norway's` are one state.
 */
final class PlaceQualifiers {
    /** Place words news writes in capitals or dots and no list of country names holds. */
    private static final Set<String> ABBREVIATED_PLACES = Lexicon.set("u.s.", "us", "u.k.", "uk", "united states",
            "united kingdom");

    /** Words that end a capitalised qualifier on its left: sentence openers and determiners are no place. */
    static final Set<String> NOT_PLACE = Lexicon.words("""
            the a an but and or in on at for by with from to of as if while when after before according this that""");

    private PlaceQualifiers() {
    }

    /**
     * The last token of the place in a qualifier ending at token j: j itself (`Norway's`, `Norwegian`), or the place
     * before a possessive the tokenizer split off, `U.S.` in `U.S.` `'` `s` and `States` in `States` `'`.
     */
    static int placeEnd(List<Tok> toks, int j) {
        if (j >= 2 && toks.get(j).text.equals("s") && apostrophe(toks.get(j - 1)) && joined(toks, j - 2, j)) {
            return j - 2;
        }
        if (j >= 1 && apostrophe(toks.get(j)) && toks.get(j - 1).low.endsWith("s") && joined(toks, j - 1, j)) {
            return j - 1;
        }
        return j;
    }

    /** Whether the qualifier ending at token j is a possessive (`Norway's`, `U.S.'s`, `United States'`). */
    static boolean possessive(List<Tok> toks, int j) {
        return placeEnd(toks, j) != j || Words.endsWithPossessive(toks.get(j));
    }

    /**
     * The first token of the place ending at token end (`Norwegian`, `Romania's`, `South Korea's`, `U.S.`), or -1: a
     * nationality adjective, or a country, city or US state (possessive or not), of one or two words. Two words are
     * read first: `South Korea's` is South Korea, never `Korea's` after a stray capital.
     */
    static int start(List<Tok> toks, int end) {
        if (end < 0 || !toks.get(end).cap || toks.get(end).type != WORD || NOT_PLACE.contains(toks.get(end).low)) {
            return -1;
        }
        String one = Words.stripPossessive(toks.get(end).low);
        if (end > 0 && toks.get(end - 1).cap && toks.get(end - 1).type == WORD) { // `South Africa's`, `United States`
            String two = Lexicon.lower(toks.get(end - 1).text) + " " + one;
            if (Lexicon.WORLD_PLACES.contains(two) || Lexicon.isRegion(two) || ABBREVIATED_PLACES.contains(two)) {
                return end - 1;
            }
        }
        if (Demonyms.adjective(one) && one.equals(toks.get(end).low)) {
            return end; // `Norwegian`, never `Norwegian's`
        }
        return Lexicon.PLACES.contains(one) || ABBREVIATED_PLACES.contains(one) || Lexicon.isRegion(one) ? end : -1;
    }

    /**
     * Which state the place [i, end] means ({@link Demonyms#state}): `Romanian` and `Romania's` are one state,
     * `Austrian` and `Australia's` two, `U.S.` and `United States` one; `South Korean` is South Korea's, not Korea's.
     */
    static String state(List<Tok> toks, int i, int end) {
        String last = Words.stripPossessive(toks.get(end).low);
        if (i < end) {
            return Demonyms.state(Lexicon.lower(toks.get(i).text) + " " + last);
        }
        String state = Demonyms.state(last);
        if (end > 0 && toks.get(end - 1).cap && toks.get(end - 1).type == WORD) { // `the South Korean ministry`
            String two = Lexicon.lower(toks.get(end - 1).text) + " " + state;
            if (Lexicon.WORLD_PLACES.contains(two)) {
                return two;
            }
        }
        return state;
    }

    private static boolean apostrophe(Tok t) {
        return t.text.equals("'") || t.text.equals("\u2019");
    }

    /** Whether tokens from..to are written with no space between them. */
    private static boolean joined(List<Tok> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).e != toks.get(k + 1).s) {
                return false;
            }
        }
        return true;
    }
}
