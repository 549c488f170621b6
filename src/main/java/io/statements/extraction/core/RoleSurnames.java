package io.statements.extraction.core;

import java.util.List;

/**
 * Session n75c, rule <b>role-before-lone-surname</b>: in a capitalised run that a place, party or body opens and an
 * office word closes before one last word (`Ostland Chief Minister Kole`, `Ohio Gov Talley`, `GOP Rep Pruitt`), the
 * person is that last word. {@code NameIndex}'s inner-role cut wanted two name words after the office word (a given
 * name and a surname), so a run that ends in the surname alone kept the place and the office as if they were the
 * person's given names, and every later `Kole said` took the long form. One word after the office is a name only
 * when the article writes it alone elsewhere (`Kole said`) or gave it as a known person's last name before; a
 * body's word (`Justice Department`), an office or a place after the office word is none.
 * <p>Counts before the rule (baseline 0fdf68c1): the construction (a non-title word, an office word, one capitalised
 * word the text writes alone) stands 36 times in 32 texts of the open sets and PolNeAR; it kept the long form as the
 * speaker's name for 16 statements in 4 articles (two open-set texts; two PolNeAR train headlines, `OK Gov X` and
 * `GOP Rep X`, where the party's or state's acronym had made the whole run a body's name).
 */
final class RoleSurnames {
    private RoleSurnames() {
    }

    /** Whether the run [a, b] ends in an office word and a lone surname (`Ostland Chief Minister Kole`). */
    static boolean endsInRoleAndSurname(Doc d, List<Tok> toks, NameIndex names, int a, int b) {
        return b - 1 > a && RoleRunNames.roleWord(toks.get(b - 1)) && loneSurnameAfter(d, toks, names, a, b - 1, b);
    }

    /**
     * Whether token {@code k} (an office word the caller found inside the run [a, b]) is followed by a lone surname
     * that ends the run: only the last word after it, at least one word before it.
     */
    static boolean loneSurnameAfter(Doc d, List<Tok> toks, NameIndex names, int a, int k, int b) {
        if (k != b - 1 || k <= a) {
            return false;
        }
        Tok last = toks.get(b);
        if (last.type != Tok.WORD || !last.cap || last.text.length() < 3 || Words.isAcronym(last.text)) {
            return false;
        }
        String w = Lexicon.lower(Words.stripPossessive(last.text));
        if (Lexicon.ORG_WORDS.contains(w) || Lexicon.TITLES.contains(w) || RoleWords.isRole(last)
                || Lexicon.PLACES.contains(w) || Lexicon.REGIONS.contains(w) || Lexicon.TIME_WORDS.contains(w)
                || PersonGenders.isFirstName(w)) {
            return false;
        }
        return names.lastNameToFull.containsKey(Words.stripPossessive(last.text)) || d.standsAlone(b);
    }
}
