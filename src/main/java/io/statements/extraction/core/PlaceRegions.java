package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule place-region-aside (session n53c): `X, while meeting voters in Kelso, Maine, said`, `X, speaking at a rally in
 * Dayton, Ohio, warned`, `X, 77 and farming in Hallam, Mass., said`: a place and its region or country (`Maine`,
 * `Kenya`, `Mass.`, `N.C.`) after a preposition close an aside between a subject and its verb. The region between
 * commas is no aside of its own and the place no subject: the aside runs from the comma before it back to the
 * subject's comma, opened as any aside is or by an age (`now 77 and`). Any place and any region: the shape, no list.
 */
final class PlaceRegions {
    private PlaceRegions() {
    }

    /** Prepositions before a place: `in Kelso`, `from Port Alder`, `near Dayton`. */
    private static final Set<String> BEFORE_PLACE = Lexicon.words("in at from near outside of to");

    /** The longest region (`New South Wales`, `N.C.`) and place (`Marlow Springs`, `Port St Alder`), in tokens. */
    private static final int MAX_REGION = 4;
    private static final int MAX_PLACE = 4;

    /** `now 77 and farming in P`, `77 and living in P`: an age opens the aside a place closes. */
    static boolean opensAge(Tok t) {
        return t.type == WORD && t.low.equals("now") || t.text.length() <= 3 && t.text.chars().allMatch(Character::isDigit);
    }

    /**
     * The comma-enclosed stretch open..end is a region after a place that follows a preposition (`in Kelso, Maine,`):
     * the token of the preposition, or -1.
     */
    static int placePreposition(List<Tok> toks, int open, int end, int ss) {
        if (end - open - 1 < 1 || end - open - 1 > MAX_REGION || open - 2 < ss) {
            return -1;
        }
        for (int k = open + 1; k < end; k++) {
            Tok t = toks.get(k);
            boolean stop = t.type == PUNCT && t.text.equals(".") && k > open + 1;
            if (t.qrole != OUT || !(t.type == WORD && t.cap) && !stop) {
                return -1; // `, Maine,`, `, N.C.,`, `, Mass.,`: capitalised words and abbreviations' stops only
            }
        }
        int k = open - 1;
        while (k >= ss && open - k <= MAX_PLACE && toks.get(k).type == WORD && toks.get(k).cap
                && toks.get(k).qrole == OUT) {
            k--;
        }
        return k >= ss && k < open - 1 && open - k <= MAX_PLACE + 1 && toks.get(k).type == WORD && !toks.get(k).cap
                && BEFORE_PLACE.contains(toks.get(k).low) ? k : -1;
    }
}
