package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names36, rule long-title-name: international wires write an office in full before the holder's name,
 * `Deputy Minister for Water of the Eastern Province Lena Okafor said`, `Senior Adviser to the Minister of Finance
 * Tomas Berg said`. The title's `of`/`for`/`to` chain ends in an office, body or place, and the person is the last
 * two words (three with an initial or a known first name before them), not a word of the office (`Water`) nor the
 * whole run.
 */
final class LongTitleNames {
    /** Links inside a written-out office: `Minister for X of the Y`, `Adviser to the Z`. */
    private static final Set<String> LINKS = Lexicon.words("of for to the on");
    /**
     * Session n67d, rule office-field-and: a portfolio names two fields joined by `and` (`Minister of Trade and
     * Industry`, `Minister of Health and Population`): `and` links inside the office between two capitalised words
     * after an `of`/`for` link, so that the holder after it holds the office (had been no one, and `the minister` the
     * prime minister named later). Never before the name: `Minister of Finance and Ana Berg` still has no holder.
     */
    private boolean fieldAnd(int k, int i) {
        if (!toks.get(k).low.equals("and") || k < i + 3 || !toks.get(k - 1).cap || k + 1 >= toks.size()
                || !toks.get(k + 1).cap || toks.get(k + 1).type != WORD) {
            return false;
        }
        for (int j = k - 2; j > i && j >= k - 4; j--) { // the field's link: `of Health and`, `for Trade and`
            if (!toks.get(j).cap) {
                return toks.get(j).low.equals("of") || toks.get(j).low.equals("for");
            }
        }
        return false;
    }

    private final List<Tok> toks;

    LongTitleNames(List<Tok> toks) {
        this.toks = toks;
    }

    /**
     * The person after the written-out office whose title word stands at {@code i} (`Minister for Water of the
     * Eastern Province Lena Okafor`), so that `the minister` later is her; null when no such name closes the office.
     */
    String holderAfter(int i, NameIndex names) {
        int e = i;
        while (e + 1 < toks.size() && toks.get(e + 1).type == WORD && toks.get(e + 1).qrole == OUT
                && toks.get(e + 1).sent == toks.get(i).sent && (toks.get(e + 1).cap || LINKS.contains(toks.get(e + 1).low)
                || fieldAnd(e + 1, i))) {
            e++;
        }
        while (e > i && !toks.get(e).cap) {
            e--;
        }
        int start = nameStart(i, e);
        return start < 0 ? null : name(start, e, names);
    }

    /** The name [start, b] as the name index knows it, else as written. */
    static String name(int start, int b, NameIndex names) {
        Name nm = names.classify(start, b);
        return nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null ? nm.canonical : names.joinText(start, b);
    }

    /**
     * The first token of the person's name closing a mention [a, b] that opens with a title and links offices with
     * `of`/`for`/`to`, or -1.
     */
    int nameStart(int a, int b) {
        int start = capitalOfficeStart(a, b);
        start = start >= 0 ? start : lowerOfficeStart(a, b);
        start = start >= 0 ? start : OfficeFields.nameStart(toks, a, b); // n55a: `for Human Rights A B C D`
        return start >= 0 ? start : ParenthesisedTitles.nameStart(toks, a, b); // n61a: `Manager (Integrity) X`
    }

    private int capitalOfficeStart(int a, int b) {
        while (a < b && Lexicon.DETERMINERS.contains(toks.get(a).low)) {
            a++;
        }
        if (b - a < 3 || !title(a) && !(toks.get(a).cap && office(a + 1))) { // names46: `Managing Director of X Y`
            return -1;
        }
        boolean linked = false;
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.sent != toks.get(a).sent || !t.cap && !LINKS.contains(t.low) && !fieldAnd(k, a)) {
                return -1;
            }
            linked |= !t.cap && !t.low.equals("the");
        }
        int start = b - 1;
        // names46, rule glued-title: `Chief Medical Officer Ada Brenn`: no link, the office ends on a title word
        if (!linked && (!office(start - 1) && !(title(a) && title(start - 1)) || start - 1 == a) || b - a < 4 && linked
                || !nameWord(toks.get(b)) || !nameWord(toks.get(start))) {
            return -1;
        }
        Tok before = toks.get(start - 1);
        if (start - 1 > a && before.cap && nameWord(before)
                && (PersonGenders.isFirstName(before.low) || toks.get(start).text.length() == 2 && toks.get(start).text.endsWith("."))) {
            start--; // `Ana M. Ruiz`, `Maria Luisa Ortega`
        }
        Tok chainEnd = toks.get(start - 1);
        // the office must end before the name: a capitalised word (`Province`, `Finance`), not a link (`of Tomas`)
        // names46: an office closing on a title or a body word (`Officer`, `Bank`) needs no known first name after it
        boolean closed = office(start - 1) || Lexicon.ORG_WORDS.contains(chainEnd.low);
        return chainEnd.cap && (closed || PersonGenders.isFirstName(toks.get(start).low) || mentionedAlone(b)) ? start : -1;
    }

    /**
     * Rule lower-office-name (session n50e): `state minister for rural works Tarek Mahmud Alvi told newsmen`,
     * `director of public works Ana Ruiz said`: a lower-case office (a role word, then `for`/`of` and up to four
     * lower-case words of its field, no role, person noun or other preposition among them) before a capitalised name
     * of two to four words closing the mention; the name's first token, else -1 (was the office, `state minister`).
     * Not `a spokesman for former president X` (a role in the field: X is whom he speaks for).
     */
    private int lowerOfficeStart(int a, int b) {
        while (a < b && Lexicon.DETERMINERS.contains(toks.get(a).low)) {
            a++;
        }
        int p = a;
        while (p <= b && toks.get(p).type == WORD && !toks.get(p).cap && !toks.get(p).low.equals("for")
                && !toks.get(p).low.equals("of")) {
            p++;
        }
        if (p == a || p > b || toks.get(p).cap || !title(p - 1)) {
            return -1;
        }
        int q = p + 1;
        while (q <= b && toks.get(q).type == WORD && !toks.get(q).cap && !title(q)
                && !DefiniteDescriptions.PERSON_NOUNS.contains(toks.get(q).low)
                && (toks.get(q).low.equals("and") || !Lexicon.PREPOSITIONS.contains(toks.get(q).low))) {
            q++;
        }
        if (q == p + 1 || q - p > 5 || b - q < 1 || b - q > 3 || toks.get(q).sent != toks.get(a).sent) {
            return -1;
        }
        for (int k = q; k <= b; k++) {
            if (toks.get(k).type != WORD || !nameWord(toks.get(k))) {
                return -1;
            }
        }
        return q;
    }

    private boolean title(int k) {
        return Lexicon.TITLES.contains(toks.get(k).low) || RoleWords.isRole(toks.get(k));
    }

    /** The head word of an office (`Director`, `Officer`, `Director-General`), not a modifier (`National`). */
    private boolean office(int k) {
        Tok t = toks.get(k);
        return RoleWords.isRole(t) || t.low.equals("officer") || t.low.indexOf('-') > 0 && Lexicon.hyphenatedTitle(t.low);
    }

    /** A word that can be part of a person's name: capitalised, no title, office, body or place word, no acronym. */
    static boolean nameWord(Tok t) {
        String w = t.low;
        return t.cap && !Lexicon.TITLES.contains(w) && !RoleWords.isRole(t) && !Lexicon.ORG_WORDS.contains(w)
                && !Lexicon.PLACES.contains(w) && !Lexicon.isRegion(t.text) && !Words.isAcronym(t.text);
    }

    /**
     * Whether the surname at {@code b} stands elsewhere in the text (`- Berg`, `Berg said`): evidence that it ends a
     * person's name when its first name is not a common one.
     */
    private boolean mentionedAlone(int b) {
        String surname = toks.get(b).text;
        for (int k = 0; k < toks.size(); k++) {
            // n67d: `Zayed's remarks` stands alone too (the surname with its possessive)
            if (Math.abs(k - b) > 1 && (toks.get(k).text.equals(surname) || toks.get(k).text.startsWith(surname)
                    && Words.endsWithPossessive(toks.get(k)) && Words.stripPossessive(toks.get(k).text).equals(surname))) {
                return true;
            }
        }
        return false;
    }
}
