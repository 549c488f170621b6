package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n55a, rule office-initials: copy from many countries writes an office by its initials once it has given it in
 * full (`Director General of Police Vikram Rawal` … `added DGP Rawal`; `Chief Justice Amit Varde` … `the CJN said`,
 * the initials closing on the country's letter). An all-capitals word of two to five letters, alone after `the` or
 * before a surname, is the person the text gives a capitalised office whose words' initials spell it (`of`, `for`
 * skipped; one more letter after them allowed), whose name ends with that surname: the nearest before the mention,
 * else the first after. Only an office followed by a person's name counts: initials of a body (`the HDMA` of `the
 * Harwick District Medical Association`) and any word no office spells are left to the rules before.
 */
final class OfficeInitials {
    private OfficeInitials() {
    }

    /** The person the mention [a, b] (`DGP Rawal`, `the CJN`) stands for, or null. */
    static String holder(Doc d, int a, int b) {
        List<Tok> toks = d.toks;
        boolean the = toks.get(a).low.equals("the");
        int x = the ? a + 1 : a;
        if (x > b || b - x > 1 || x == b && !the || !initials(toks.get(x))) {
            return null;
        }
        Tok surname = x < b ? toks.get(b) : null;
        if (surname != null && (surname.type != WORD || !surname.cap || initials(surname))) {
            return null;
        }
        String acronym = toks.get(x).text;
        String before = null, after = null;
        for (int j = 1; j < toks.size(); j++) {
            Tok t = toks.get(j);
            if (t.type != WORD || !t.cap || t.qrole != OUT || j >= x && j <= b || !spells(toks, j - 1, acronym)) {
                continue;
            }
            String name = d.titles.personAt(j);
            if (name == null || surname != null && !name.endsWith(" " + surname.text)) {
                continue;
            }
            if (j < x) {
                before = name;
            } else if (after == null) {
                after = name;
            }
        }
        return before != null ? before : after;
    }

    /** An all-capitals word of two to five letters: `DGP`, `CJN`, `SSP`. */
    static boolean initials(Tok t) {
        String w = t.text;
        if (t.type != WORD || w.length() < 2 || w.length() > 5) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the capitalised office ending at token e (`Director General of Police`, `Chief Justice`) spells the
     * acronym by its words' first letters, from some word of it on to its end, with one more letter allowed.
     */
    private static boolean spells(List<Tok> toks, int e, String acronym) {
        StringBuilder letters = new StringBuilder();
        for (int k = e; k >= 0 && e - k < 7; k--) {
            Tok t = toks.get(k);
            if (t.type == WORD && (t.low.equals("of") || t.low.equals("for")) && k < e) {
                continue;
            }
            if (t.type != WORD || !t.cap || t.qrole != OUT || initials(t)) {
                return false;
            }
            letters.insert(0, t.text.charAt(0));
            int n = letters.length();
            boolean plusOne = n == acronym.length() - 1 && acronym.startsWith(letters.toString()); // `CJ` + `N`
            if (n >= 2 && (acronym.contentEquals(letters) || plusOne)) {
                Tok first = toks.get(k);
                return RoleWords.isRole(first) || RoleWords.isRole(toks.get(e)) || Lexicon.TITLES.contains(first.low);
            }
        }
        return false;
    }
}
