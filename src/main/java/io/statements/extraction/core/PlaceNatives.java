package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule place-native-epithet (session n61b): `the Sabah native`, `the 23-year-old Hallam native`: the capitalised word
 * right before `native` names the place the person comes from, whatever place it is (a state, a town, a district no
 * list holds), so it does not make the epithet someone else's (`the Christie
 * supporter`) and the epithet may stand for the story's person ({@link EpithetTopics}). Only `native`: `the Boston
 * resident` is as often a passer-by the story quotes once.
 */
final class PlaceNatives {
    private static final Set<String> ORIGIN_HEADS = Lexicon.set("native");

    private PlaceNatives() {
    }

    /** Whether the capitalised word at k is the place of origin of the head at end. */
    static boolean placeBefore(List<Tok> toks, int k, int end) {
        return k == end - 1 && ORIGIN_HEADS.contains(toks.get(end).low) && !Words.endsWithPossessive(toks.get(k));
    }
}
