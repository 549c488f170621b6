package io.statements.extraction.core;

import java.util.List;
import java.util.Map;

/**
 * Session n61e, rule article-lower-case-title: a capitalised word that opens a person's run and that the same article
 * also writes in lower case is a common noun there, a title or a role glued to the name (`Councilmember Rafe Ostlin`
 * ... `the councilmember said`; `Dean Ostlin` ... `Rafe Ostlin, dean of the law school`), not a name word: the
 * article itself tells what no title list can know for every country and institution. Kept as the name's first word:
 * a known first name (`Will`, `Grant`, `Rose`, which the same text may write as verbs or nouns), a name particle
 * (`al`, `van`), and the word when what follows shows no name (`Human Rights Watch`: no first name, no surname alone).
 */
final class ArticleCommonNouns {
    private ArticleCommonNouns() {
    }

    /**
     * Where the person's name starts in the run [a, b] whose leading titles end at a2: past the common nouns of this
     * article there (and the titles among and after them: `Station House Officer X`), when a name of its own follows,
     * or two or more capitalised words after a title (`Senior Advocate X Y` with `the advocate` in the text), or a
     * surname the text gave with a first name (`Dean Amar` after `Vikram Amar, dean of`).
     */
    static int personStart(Doc d, List<Tok> toks, int a, int a2, int b, Map<String, String> lastNameToFull) {
        int k = a2;
        boolean common = false;
        while (k < b) {
            boolean noun = commonNoun(d, toks.get(k)); // asked once a word: it reads the text's set of words
            if (!(noun || common && title(toks.get(k)))) {
                break;
            }
            common |= noun;
            k++;
        }
        if (!common) {
            return a2;
        }
        boolean titled = a2 > a || title(toks.get(k - 1));
        return nameAfter(d, toks, k, b, titled, lastNameToFull) ? k : a2;
    }

    private static boolean title(Tok t) {
        return Lexicon.TITLES.contains(t.low) || RoleWords.isRole(t);
    }

    private static boolean commonNoun(Doc d, Tok t) {
        if (t.type != Tok.WORD || !t.cap || t.text.length() < 3 || !Character.isLowerCase(t.text.charAt(1))) {
            return false; // `AK`, `MP`, all capitals of a headline: no case to compare
        }
        return !PersonGenders.isFirstName(t.low) && !Words.NAME_PARTICLES.contains(t.low) && d.writtenLowerCase(t.low);
    }

    private static boolean nameAfter(Doc d, List<Tok> toks, int from, int b, boolean titled,
            Map<String, String> lastNames) {
        for (int n = from; n <= b; n++) {
            Tok w = toks.get(n);
            if (w.type != Tok.WORD || !w.cap) {
                return false;
            }
        }
        if (b - from >= 1) { // a name of its own: a known first name or an initial first, or a surname written alone
            Tok first = toks.get(from);
            return titled || PersonGenders.isFirstName(first.low) || first.text.length() <= 2
                    || d.standsAlone(b); // GluedOffices.alone, remembered by token (toks is d.toks)
        } // `Human Rights Watch`, `Woman Steps Forward`: no sign that a name follows the common noun
        String full = lastNames.get(toks.get(b).text);
        return full != null && full.indexOf(' ') > 0;
    }
}
