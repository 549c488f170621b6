package io.statements.extraction.core;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/** What opens a sentence before its subject: a dateline, or an introductory phrase closed by a comma. */
final class SentenceOpeners {
    private static final Set<String> RELATIVE_TIME = Lexicon.words("later earlier ago after before");
    private static final Set<String> CONNECTIVE_ADVERBS = Lexicon.words("""
            moreover instead indeed nonetheless nevertheless furthermore additionally likewise similarly thus
            hence therefore consequently regardless separately ultimately overall initially besides otherwise
            first firstly second secondly third thirdly next"""); // rule ordinal-opener (names24): `First, she ...`

    private final List<Tok> toks;

    SentenceOpeners(List<Tok> toks) {
        this.toks = toks;
    }

    /**
     * `WESTHAVEN — The union ...`, `KYIV, Ukraine (AP) — ...`, `WASHINGTON, Aug. 24 (UPI) — ...`, `Westhaven (AFP)
     * – ...`: the dateline is not the subject; the token after it, or i.
     */
    int afterDateline(int i, int limit) {
        if (i + 3 <= limit && (i == 0 || toks.get(i - 1).para != toks.get(i).para) && TrailingTimeWords.monthDay(toks, i)
                && (toks.get(i + 2).text.equals(":") || toks.get(i + 2).text.equals("\u2014") || toks.get(i + 2).text.equals("-"))) {
            return i + 3; // n67a, rule date-dateline: `Aug. 3: Sliding down the chute, X saw ...`: the date is no subject
        }
        boolean caps = false;
        boolean agency = false;
        for (int k = i; k <= limit && k - i < 10; k++) {
            Tok t = toks.get(k);
            if (t.type == PUNCT && (t.text.equals("\u2014") || t.text.equals("\u2013") || t.text.equals("-"))) {
                if ((caps || agency) && k + 1 <= limit) {
                    return k + 1;
                }
                return PlaceDatelines.titleCase(toks, i, k) ? k + 1 : i; // n66c: also right before the quote
            }
            if (t.text.equals(":") && caps && k + 1 <= limit && (i == 0 || toks.get(i - 1).para != toks.get(i).para)) {
                return k + 1; // lead, session 46, rule dateline-colon: `NEW DELHI: The prime minister ...`
            }
            boolean upper = t.type == WORD && t.text.length() >= 2
                    && !(t.text.charAt(1) >= 'a' && t.text.charAt(1) <= 'z') // most words: no upper-case copy made
                    && t.text.equals(t.text.toUpperCase(Locale.ROOT))
                    && Character.isLetter(t.text.charAt(0));
            caps |= upper && k == i;
            agency |= upper && k > i && toks.get(k - 1).text.equals("(");
            if (!(upper || t.type == WORD && (t.cap || Character.isDigit(t.text.charAt(0))) || t.text.equals(",")
                    || t.text.equals("(") || t.text.equals(")"))) {
                return i;
            }
        }
        return i;
    }

    /**
     * Session names36, rule agency-dateline: `KINSHASA (Wire) ...`, `KYIV, Ukraine (Wire) ...` opening a paragraph,
     * whatever mark follows (wires' dashes are often lost in copying): the index of the `(` before the agency, or -1.
     * The place in capitals is where the story was filed, not an organisation.
     */
    static int agencyDateline(List<Tok> toks, int i) {
        Tok first = toks.get(i);
        if (i > 0 && toks.get(i - 1).para == first.para || first.type != WORD || first.text.length() < 3
                || !first.text.equals(first.text.toUpperCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = i + 1; k < toks.size() && k - i <= 6 && toks.get(k).sent == first.sent; k++) {
            Tok t = toks.get(k);
            if (t.text.equals("(")) {
                return k + 2 < toks.size() && toks.get(k + 1).cap ? k : -1;
            }
            if (!(t.type == WORD && t.cap || t.text.equals(","))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * `In Aspen, Colo., the graduate said`: a state's abbreviation after the place an opener ended with; since session
     * names26 (rule place-state-tag) also the abbreviations of two capitals (`in Port Alder, N.H., that evening,`) and
     * postal codes (`in Lynchburg, VA,`), which had been read as the subject.
     */
    int afterPlaceAbbreviation(int i, int limit) {
        Tok t = toks.get(i);
        boolean state = t.type == WORD && (t.text.endsWith(".") && Words.ABBREV.contains(t.low.substring(0,
                t.low.length() - 1)) || stateTag(t));
        if (state && i + 2 <= limit && toks.get(i + 1).text.equals(",")) {
            return i + 2;
        }
        // `Speaking in Salem, Oregon, Holt said`, `in Concord, New Hampshire, ...`: a state named in full
        for (int len = 1; len <= 2 && i + len + 1 <= limit; len++) {
            if (toks.get(i + len).text.equals(",") && US_STATES.contains(words(i, i + len - 1))) {
                return i + len + 1;
            }
        }
        return i;
    }

    /** `N.H.`, `S.C.`, `VA`: a state's two letters, with periods or in capitals (`In`, `Me` are words). */
    static boolean stateTag(Tok t) {
        String w = t.text;
        boolean twoLetters = w.length() == 2 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))
                || w.length() == 4 && w.charAt(1) == '.' && w.charAt(3) == '.';
        return twoLetters && States.full(w) != null;
    }

    private String words(int a, int b) {
        StringBuilder sb = new StringBuilder(toks.get(a).low);
        for (int k = a + 1; k <= b; k++) {
            sb.append(' ').append(toks.get(k).low);
        }
        return sb.toString();
    }

    private static final Set<String> US_STATES = Lexicon.set("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana",
            "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
            "washington", "west virginia", "wisconsin", "wyoming");

    /**
     * `Hours later,`, `Eight years ago,`, `Over the years,`, `Reached by phone,`: a phrase of time or
     * circumstance closed by a comma within a few words, which is not the subject.
     */
    boolean isIntroPhrase(int i, int limit) {
        Tok first = toks.get(i);
        if (first.type != WORD) {
            return false;
        }
        if (CONNECTIVE_ADVERBS.contains(first.low)) {
            return i + 1 <= limit && toks.get(i + 1).text.equals(","); // `Moreover, X said`
        }
        boolean prep = Lexicon.PREPOSITIONS.contains(first.low);
        boolean participle = first.low.endsWith("ed") && i + 1 <= limit && toks.get(i + 1).type == WORD
                && Lexicon.PREPOSITIONS.contains(toks.get(i + 1).low);
        for (int k = i + 1; k <= limit && k - i <= 6; k++) {
            Tok t = toks.get(k);
            if (t.type == PUNCT && t.text.equals(",")) {
                Tok last = toks.get(k - 1);
                return k > i + 1 && (prep || participle || RELATIVE_TIME.contains(last.low));
            }
            if (t.type != WORD || t.qrole != OUT) {
                return false;
            }
        }
        return false;
    }
}
