package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule kin-appositive (session n73d): a kin description followed by a name set off by commas (`Mia's father, Paul
 * Harlow, welcomed ...`, `her brother, Tom, said`) is that named person: the appositive makes the tie explicit. A
 * subject read up to the kin noun alone (a clause whose verb is coordinated with the cue) kept the description as
 * the speaker's name, so the mention is widened to the name. A kin description without such an appositive stays a
 * description (it may introduce someone new).
 */
final class KinAppositives {

    /** Nouns of a family tie to one person. */
    static final Set<String> KIN = Lexicon.words("""
            father mother son daughter brother sister husband wife widow widower fiance fiancee fiancé fiancée
            grandfather grandmother grandson granddaughter uncle aunt nephew niece cousin stepfather stepmother
            partner boyfriend girlfriend dad mum mom""");
    private static final Set<String> POSSESSIVE_PRONOUNS = Lexicon.words("his her their my our");
    private static final int MAX_NAME = 4;

    private KinAppositives() {
    }

    /**
     * The last token of the name in `KIN, Name,` when the mention [a, b] ends on a kin noun after a possessive or a
     * possessive pronoun; else b.
     */
    static int widened(List<Tok> toks, int a, int b) {
        Tok kin = toks.get(b);
        if (kin.type != WORD || !KIN.contains(kin.low) || b == a || b + 3 >= toks.size()
                || !toks.get(b + 1).text.equals(",") || !possessed(toks, a, b)) {
            return b;
        }
        int k = b + 2;
        while (k < toks.size() && k - (b + 2) < MAX_NAME && toks.get(k).type == WORD && toks.get(k).cap
                && toks.get(k).qrole == OUT && toks.get(k).para == kin.para) {
            k++;
        }
        return k > b + 2 && k < toks.size() && toks.get(k).text.equals(",") ? k - 1 : b;
    }

    /** `Mia's father`, `her father`, `the boy's mother`: the kin noun is somebody's. */
    private static boolean possessed(List<Tok> toks, int a, int b) {
        Tok before = toks.get(b - 1);
        return Words.endsWithPossessive(before) || POSSESSIVE_PRONOUNS.contains(before.low);
    }
}
