package io.statements.extraction.core;

import java.util.List;

/**
 * Rule article-before-name (session lead48): `the cheers of the Gulls supporters`, `the launch of the Velo Phone`: a
 * capitalised run typed a person's name but written after `the` names a team, a product, a thing; no person's name
 * takes an article, so it is no antecedent for a later `he` or `she` (both had been, over the person just quoted); it
 * stays a name for everything else (`the Orlando Sentinel` for a later `the newspaper`). A run opened by a title (`the
 * Rev. X`, `the President`), a known first name (`the Ryan campaign`) or a name the article gives a person in full
 * (`the Clinton of lore` after `Bill Clinton`) is kept.
 */
final class ThingNames {
    private ThingNames() {
    }

    static boolean afterArticle(Doc d, int a) {
        List<Tok> toks = d.toks;
        if (a == 0 || !toks.get(a - 1).low.equals("the")
                || toks.get(a - 1).type != Tok.WORD) {
            return false;
        }
        Tok first = toks.get(a);
        String w = Words.stripPossessive(first.text);
        return !RoleWords.isRole(first) && !Lexicon.TITLES.contains(first.low.replace(".", ""))
                && !PersonGenders.isFirstName(first.low) && !Words.endsWithPossessive(first)
                && !surnameOfSomeone(d.names.lastNameToFull.get(w), w);
    }

    /** `Clinton` of `Bill Clinton`: a full name ending with the word, not the run's own (`Australian Open`). */
    private static boolean surnameOfSomeone(String full, String w) {
        return full != null && !full.startsWith(w + " ");
    }
}
