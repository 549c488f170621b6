package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names46, rule capital-person-name: regional and agency copy sometimes writes a person's name in capitals
 * in body text (`JOHN SMALLEY, the mayor, said`, `said MARIA LOPEZTA`); each word then reads as an acronym and the
 * run as an organisation. Two or three words in capitals are a person's name when the first is a known first name,
 * or when an appositive that describes a person follows (`, the mayor,`, `, 52,`). A single word in capitals
 * (`NATO`, `UNICEF`) and a run holding an organisation word (`NATIONAL GRID PLC`) stay organisations.
 */
final class CapitalNames {
    private CapitalNames() {
    }

    /** Whether the run [a, b] is a person's name written in capitals. */
    static boolean person(List<Tok> toks, int a, int b) {
        return person(null, toks, a, b);
    }

    /**
     * Also n67a, rule capital-title-before-name: `PREMIER ANA ROE said`: title words in capitals before two or three
     * name words; the name is a person's also when the article writes its last word elsewhere in small letters
     * (`Roe said`), its first name unknown.
     */
    static boolean person(Doc d, List<Tok> toks, int a, int b) {
        int a0 = a;
        while (b - a > 1 && capitalTitle(toks.get(a))) {
            a++;
        }
        if (b - a < 1 || b - a > 2) {
            return false;
        }
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.text.length() < 2 || !capitals(t.text) || t.text.indexOf('.') >= 0
                    || Lexicon.ORG_WORDS.contains(t.low) || Lexicon.TITLES.contains(t.low)) {
                return false;
            }
        }
        return PersonGenders.isFirstName(toks.get(a).low) || describedAsPerson(toks, b + 1)
                || a > a0 && d != null && writtenInSmall(d, toks, b) != null;
    }

    /** The token where the article writes the capitals word at b with small letters after its first (`Roe`), or null. */
    private static Tok writtenInSmall(Doc d, List<Tok> toks, int b) {
        String plain = Words.stripPossessive(toks.get(b).text);
        for (int k : d.capitalisedWords()) {
            Tok t = toks.get(k);
            int n = t.text.length();
            if (n == plain.length() && n > 1 && Character.isLowerCase(t.text.charAt(n - 1)) && t.text.equalsIgnoreCase(plain)) {
                return t;
            }
        }
        return null;
    }

    /** All capitals, an apostrophe inside too (n67a: `O'NEILL`, `D’SOUZA`). */
    private static boolean capitals(String w) {
        return Words.isAcronym(w) || w.length() > 3 && (w.indexOf('\'') > 0 || w.indexOf('’') > 0)
                && Words.isAcronym(w.replace("'", "").replace("’", ""));
    }

    /** A title word written in capitals (`PREMIER`, `TAOISEACH`, `SEN.`): no part of the name after it. */
    private static boolean capitalTitle(Tok t) {
        return t.type == WORD && t.text.length() >= 2 && Words.isAcronym(Words.stripPossessive(t.text).replace(".", ""))
                && (Lexicon.TITLES.contains(t.low) || Lexicon.TITLES.contains(t.low.replace(".", "")) || RoleWords.isRole(t));
    }

    /**
     * n67a, rule capital-name-in-article-case: a person's name that a capitals run gave (`TAOISEACH ANA ROE said`) in
     * the case the article writes its last word elsewhere (`Roe said`): `Ana Roe`; as written when the article never
     * writes it in small letters (`JOHN SMALLEY` alone stays).
     */
    static String articleCase(Doc d, List<Tok> toks, int a, int b, String name) {
        Tok last = toks.get(b);
        int n = last.text.length();
        if (b == a || n < 2 || !Character.isUpperCase(last.text.charAt(n - 1)) || !capitals(last.text)) {
            return name; // most names: the second letter is small, one look
        }
        Tok t = writtenInSmall(d, toks, b);
        if (t == null) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c); // after a space, a hyphen, an apostrophe: a capital again
        }
        String cased = sb.toString(); // the last word as the article writes it (`McRae`, not `Mcrae`)
        return cased.endsWith(t.text) ? cased : cased.substring(0, cased.length() - t.text.length()) + t.text;
    }

    /** `, the mayor,`, `, a farmer who`, `, 52,`: an appositive of a person right after the name. */
    private static boolean describedAsPerson(List<Tok> toks, int comma) {
        if (comma + 2 >= toks.size() || !toks.get(comma).text.equals(",")) {
            return false;
        }
        Tok first = toks.get(comma + 1);
        if (Words.isNumber(first.text)) {
            return toks.get(comma + 2).text.equals(","); // an age
        }
        if (!Lexicon.DETERMINERS.contains(first.low)) {
            return false;
        }
        for (int k = comma + 2; k < toks.size() && k <= comma + 5 && toks.get(k).type == WORD; k++) {
            if (RoleWords.isRole(toks.get(k)) || CommonHeads.personNoun(toks.get(k))) {
                return true;
            }
        }
        return false;
    }
}
