package io.statements.extraction.core;

import java.util.List;

/**
 * Names that are no person for a later `he` or `she`. Rule article-before-name (session lead48): `the cheers of the Gulls supporters`, `the launch of the Velo Phone`: a
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
        if (nationalityBeforeNoun(toks, a) || caseParty(toks, a)) {
            return true;
        }
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

    /**
     * Rule nationality-adjective (session lead48): `he told Dutch radio station X`: one capitalised word of a nation
     * (`Dutch`, `Spanish`, `Chinese`, `Kenyan`) before a lower-case noun is an adjective, no person for `he`.
     */
    private static boolean nationalityBeforeNoun(List<Tok> toks, int a) {
        Tok t = toks.get(a);
        if (a + 1 >= toks.size() || toks.get(a + 1).cap || toks.get(a + 1).type != Tok.WORD
                || PersonGenders.isFirstName(t.low)) {
            return false;
        }
        String w = t.low;
        return NATIONS.contains(w) || w.length() > 5 && (w.endsWith("ish") || w.endsWith("ese") || w.endsWith("ian"));
    }

    /** Rule case-name (session lead48): `Doe v. Harlow`: a party of a court case is no person for `he` or `she`. */
    private static boolean caseParty(List<Tok> toks, int a) {
        if (a > 0 && (toks.get(a - 1).low.equals("v.") || toks.get(a - 1).low.equals("vs."))) {
            return true;
        }
        int k = a;
        while (k + 1 < toks.size() && toks.get(k + 1).cap && toks.get(k + 1).type == Tok.WORD && k - a < 4) {
            k++;
        }
        return k + 1 < toks.size() && (toks.get(k + 1).low.equals("v.") || toks.get(k + 1).low.equals("vs."));
    }

    private static final java.util.Set<String> NATIONS = Lexicon.words("""
            dutch french swiss thai greek czech welsh irish german american mexican korean kenyan african asian
            european russian""");

    /** `Clinton` of `Bill Clinton`: a full name ending with the word, not the run's own (`Australian Open`). */
    private static boolean surnameOfSomeone(String full, String w) {
        return full != null && !full.startsWith(w + " ");
    }
}
