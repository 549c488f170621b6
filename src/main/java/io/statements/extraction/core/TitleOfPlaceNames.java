package io.statements.extraction.core;

import java.util.List;

/**
 * Rule title-of-place-name (session lead49): `The President of Vandoria Zemo Elbrecht said`: a title, `of`, the
 * country it is held in and the holder's name, written as one capitalised run (common in wire copy from outside the
 * US). The person is the name after the place: from a known first name on, else after a known place of one or two
 * words or after the first of three words, when at least two words stay. Without this the index recorded `Vandoria Zemo Elbrecht` as the person, and
 * every later `Elbrecht said` carried the country in the name.
 */
final class TitleOfPlaceNames {
    private TitleOfPlaceNames() {
    }

    /** Where the person's name starts in the run [a, b] whose title words end at a2, or a2 unchanged. */
    static int personStart(List<Tok> toks, int a, int a2, int b) {
        int of = a2 - 1; // `of` right before, or before words the title loop took too (`of Foreign Affairs`)
        while (of - 1 > a && !(toks.get(of).low.equals("of") && titled(toks.get(of - 1)))) {
            of--;
        }
        if (of - 1 < a || b - a2 < 1 || b - of < 3 || !toks.get(of).low.equals("of") || !titled(toks.get(of - 1))) {
            return a2;
        }
        for (int k = a2; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.cap) {
                return a2; // `of Foreign Affairs and Trade`: an office's name, not a place and a person
            }
        }
        for (int k = a2 + 1; k < b; k++) {
            if (PersonGenders.isFirstName(toks.get(k).low)) {
                return k;
            }
        }
        if (of + 1 < a2 || b - a2 < 2) {
            return a2;
        }
        if (b - a2 == 2 || Lexicon.PLACES.contains(toks.get(a2).low) || Lexicon.REGIONS.contains(toks.get(a2).low)) {
            // three words after `of`: a one-word place or office and a two-word name (`of Health Zweli Dube`)
            return a2 + 1;
        }
        String two = toks.get(a2).low + " " + toks.get(a2 + 1).low;
        return b - a2 >= 3 && (Lexicon.WORLD_PLACES.contains(two) || Lexicon.MULTIWORD_REGIONS.contains(two)) ? a2 + 2 : a2;
    }

    private static boolean titled(Tok t) {
        String w = t.low.replace(".", "");
        return Lexicon.TITLES.contains(w) || RoleWords.isRole(t);
    }
}
