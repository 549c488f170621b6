package io.statements.extraction.core;

/**
 * Rule plural-common-opener (session n50e): `Balloons were released over the harbour as the council read out its "plan"`,
 * then `The army statement said ...`: a plural common noun capitalised only because it opens its sentence is no one's
 * name, but a subject rule took it for the speaker and the organisation fallback of `the statement` found it as the
 * organisation just named. A one-word capitalised name ending in `s` that the text writes only at sentence starts,
 * at least once before a plural verb (`were`, `are`, `have been`), names nobody: the statement keeps no name (the
 * reader gives none either). Not a name the text also writes inside a sentence (`the Rangers`), a plural of
 * people, who speak as a group (`Republicans are slamming`, `Protesters were`, `Critics`, `Officials`), a singular
 * one (`Greenpeace said`), an acronym or a possessive.
 */
final class PluralOpeners {

    private PluralOpeners() {
    }

    /** Whether {@code name} is such a plural common noun of the text {@code t}. */
    static boolean namesNobody(String t, String name) {
        if (name == null || name.length() < 4 || name.indexOf(' ') >= 0 || !Character.isUpperCase(name.charAt(0))
                || !Character.isLowerCase(name.charAt(1)) || !name.endsWith("s") || name.endsWith("ss")
                || name.endsWith("'s") || name.endsWith("\u2019s") || people(name.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        boolean plural = false;
        for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
            int e = i + name.length();
            if (e < t.length() && Character.isLetterOrDigit(t.charAt(e)) || i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
                continue; // inside a longer word
            }
            if (!opensSentence(t, i)) {
                return false;
            }
            plural |= t.startsWith(" were ", e) || t.startsWith(" are ", e) || t.startsWith(" have been ", e);
        }
        return plural;
    }

    /** Plurals of people, who may speak as a group: `Republicans are slamming`, `Protesters were`, `Critics are`. */
    private static boolean people(String low) {
        for (String end : PEOPLE_ENDINGS) {
            if (low.endsWith(end)) {
                return true;
            }
        }
        return CommonHeads.personWord(low) || CommonHeads.personWord(low.substring(0, low.length() - 1));
    }

    private static final String[] PEOPLE_ENDINGS = {"ers", "ors", "ans", "ists", "ents", "ees", "ics", "ites", "als"};

    /** The text start, a line break, or a sentence's full stop, question or exclamation mark before i (spaces between). */
    private static boolean opensSentence(String t, int i) {
        int k = i - 1;
        while (k >= 0 && t.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || t.charAt(k) == '\n') {
            return true;
        }
        char c = t.charAt(k);
        return k < i - 1 && (c == '.' || c == '!' || c == '?');
    }
}
