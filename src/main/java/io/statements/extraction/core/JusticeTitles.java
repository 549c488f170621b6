package io.statements.extraction.core;

import java.util.List;

/**
 * Session n63d, rule justice-title-judge: courts in the Commonwealth and in the US name judges of higher courts by the
 * title `Justice` (`Justice Vincent Tan`, `Chief Justice R.K. Mehra`, `CJI Mehra`), and the story then calls the
 * person `the judge`, `the justice`, `the chief justice` or, in South Asian copy, `the CJI`. `justice` is no title
 * word of its own ({@link RoleWords}: `justice` is mostly the common noun), so the holder is read here: the person
 * last named with the capitalised title before the mention (a chief justice for `the chief justice` and `the CJI`),
 * else the first so named within a sentence or two after it. `the judge` only when the text gives no one the title
 * `Judge` ({@link PersonTitles}).
 */
final class JusticeTitles {
    /** How far back (in characters) the title may have been given: a long article's length. */
    private static final int REACH = 8000;
    /** How far after the mention it may be given: the same or the next sentence. */
    private static final int AHEAD = 400;

    private JusticeTitles() {
    }

    /** The justice the mention [a, end] means, or null when it is no such mention or nobody was so titled. */
    static String holder(Doc d, int a, int end, int ms) {
        List<Tok> toks = d.toks;
        if (!toks.get(a).low.equals("the") || end - a > 2) {
            return null;
        }
        String head = toks.get(end).low;
        boolean chief = end == a + 1 && head.equals("cji") && toks.get(end).text.equals("CJI")
                || end == a + 2 && toks.get(a + 1).low.equals("chief") && head.equals("justice");
        boolean any = end == a + 1 && !toks.get(end).cap && (head.equals("justice")
                || head.equals("judge") && d.titles.holder("judge", ms) == null);
        if (!chief && !any) {
            return null;
        }
        if (d.s.indexOf("Justice") < 0 && d.s.indexOf("CJI") < 0) {
            return null; // no title in the text for the walks below to find: one string search, not a token walk
        }
        int at = d.tokenAt(ms);
        for (int k = at - 1; k >= 0 && ms - toks.get(k).s <= REACH; k--) {
            String name = titledAt(d, k, chief);
            if (name != null) {
                return name; // the last so titled before the mention
            }
        }
        for (int k = at; k < toks.size() && toks.get(k).s - ms <= AHEAD; k++) {
            String name = k > end ? titledAt(d, k, chief) : null;
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** `Justice X` (`Chief Justice X`, `CJI X` when {@code chief}) with the title at k: X's full name, else null. */
    private static String titledAt(Doc d, int k, boolean chief) {
        List<Tok> toks = d.toks;
        Tok t = toks.get(k);
        boolean cji = t.text.equals("CJI");
        if (k + 1 >= toks.size() || t.qrole != Tok.OUT || !t.text.equals("Justice") && !cji
                || chief && !cji && (k == 0 || !toks.get(k - 1).text.equals("Chief"))) {
            return null;
        }
        Tok next = toks.get(k + 1);
        if (next.type != Tok.WORD || !next.cap) {
            return null; // `Justice Department`? capitalised too: the name index below says whether it is a person
        }
        int j = k + 1;
        while (j + 1 < toks.size() && j - k < 4 && toks.get(j + 1).type == Tok.WORD && toks.get(j + 1).cap
                && toks.get(j + 1).sent == t.sent) {
            j++;
        }
        Name nm = d.names.classify(k, j); // with the title: `Justice R.K. Mehra` (initials alone read as no name)
        nm = nm != null && nm.kind == SpeakerKind.PERSON ? nm : d.names.classify(k + 1, j);
        return nm == null || nm.kind != SpeakerKind.PERSON ? null : nm.canonical != null && nm.canonical.contains(" ")
                ? nm.canonical : BenchTitledNames.surname(toks, k - 1, j, nm.canonical); // n73a: `Lord Justice X`
    }
}
