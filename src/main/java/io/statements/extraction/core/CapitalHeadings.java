package io.statements.extraction.core;

/**
 * Session names35, rule capital-heading: a section heading in capitals that opens its paragraph and runs into the
 * item (`FAREWELL—"The ... to close,"`, `MOVING SHOP—"..."`, `SHE'S BEEN WARNED BY HER OWN CREW — She's been
 * ...`, `WHY THE PORT'S SLUMP REACHES EVERY VILLAGE "..."`) is a newsletter's label, never a speaker: the
 * mention inside it names nobody, and the statement is left unresolved. A capitalised name in a sentence (`USA TODAY
 * reported`, `CNN/ORC found`) is followed by its verb, not by a dash or an opening quotation mark, and stays.
 */
final class CapitalHeadings {

    private CapitalHeadings() {
    }

    /** Whether the mention [ms, me) of the text lies in a capital heading as described above. */
    static boolean isHeading(String t, int ms, int me) {
        if (ms < 0 || me > t.length() || me - ms < 2 || !Character.isUpperCase(t.charAt(ms))
                || !Character.isUpperCase(t.charAt(ms + 1))) {
            return false;
        }
        int start = ms;
        while (start > 0 && t.charAt(start - 1) != '\n') {
            start--;
            if (Character.isLowerCase(t.charAt(start))) {
                return false; // lower-case words before the mention in its paragraph: a sentence
            }
        }
        int end = ms;
        int letters = 0;
        int words = 0;
        boolean inWord = false;
        while (end < t.length()) {
            char c = t.charAt(end);
            if (Character.isLowerCase(c)) {
                return false; // the run goes on into lower-case words: a sentence, not a label
            }
            if (Character.isUpperCase(c)) {
                letters++;
                words += inWord ? 0 : 1;
                inWord = true;
            } else if (c == ' ' || c == '\u00a0' || c == ',' || c == '?' || c == '\u2019' || c == '\'') {
                inWord = inWord && (c == '\u2019' || c == '\'');
            } else {
                break;
            }
            end++;
        }
        for (int k = start; k < ms; k++) {
            if (Character.isUpperCase(t.charAt(k)) && (k == start || !Character.isLetter(t.charAt(k - 1)))) {
                words++;
            }
        }
        if (end >= t.length() || words < 2 && letters < 5) {
            return false;
        }
        char next = t.charAt(end);
        return next == '\u2014' || next == '\u2013' || next == '-' || next == '"' || next == '\u201c' || next == '\n';
    }
}
