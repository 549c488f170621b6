package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * `Harbour Watch and former council member Carl Hanley has promoted ...`, `Kestrel Post and former radio station host X
 * has ...`: a capitalised run, `and`, a title ending in a role word and a person's name, with a singular verb after
 * the name, is one person whose title joins two affiliations; not two speakers (`Reyes and campaign manager Ida Berg
 * said` keeps its pair, as the verb does not say one).
 */
final class ConjoinedAffiliations {

    private static final Set<String> SINGULAR_VERBS = Lexicon.words("has is was does says tells writes");

    private ConjoinedAffiliations() {
    }

    /** The subject [subj[0], end of the name] when {@code subj} is followed so; else null. */
    static int[] through(List<Tok> toks, int[] subj, int pe) {
        int j = subj[1] + 1;
        if (j + 3 > pe || !toks.get(subj[1]).cap || !toks.get(j).low.equals("and")) {
            return null;
        }
        int k = j + 1;
        String lastLower = null;
        while (k <= pe && k - j <= 6 && toks.get(k).type == Tok.WORD && toks.get(k).qrole == Tok.OUT
                && (!toks.get(k).cap || isAcronym(toks.get(k).text))) {
            Tok t = toks.get(k);
            if (!t.cap && (Lexicon.DETERMINERS.contains(t.low) || Lexicon.CLAUSE_WORDS.contains(t.low)
                    || Lexicon.PREPOSITIONS.contains(t.low) || t.low.endsWith("ed") || t.low.endsWith("ing"))) {
                return null;
            }
            lastLower = t.cap ? null : t.low;
            k++;
        }
        if (lastLower == null || !(Lexicon.TITLES.contains(lastLower) || RoleWords.ROLES.contains(lastLower))) {
            return null;
        }
        int end = k;
        while (end + 1 <= pe && toks.get(end + 1).type == Tok.WORD && toks.get(end + 1).cap && end - k < 3) {
            end++;
        }
        if (end == k || k > pe || !toks.get(k).cap || end + 1 > pe || !SINGULAR_VERBS.contains(toks.get(end + 1).low)) {
            return null;
        }
        return new int[]{subj[0], end};
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(Character::isUpperCase);
    }
}
