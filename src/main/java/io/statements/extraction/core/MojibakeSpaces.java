package io.statements.extraction.core;

/**
 * Rule mojibake-space (session n61a): a no-break space (bytes C2 A0) that a page or a feed decoded with the wrong
 * character set shows up as `┬á` (code page 437) or `Â` before a no-break or plain space (Latin-1, Windows-1252):
 * `School.┬áIt added`. Read as text, the junk glued itself to the next word (`áIt` became a speaker's name, and no
 * pronoun). Both characters are a space; `Â` followed by a letter (a word of its own) is left as it is.
 */
final class MojibakeSpaces {
    private MojibakeSpaces() {
    }

    /** How many characters at {@code i} are a mis-decoded no-break space (2 or 1), else 0. */
    static int width(String s, int i, int n) {
        char ch = s.charAt(i);
        if (ch == '\u252c') { // ┬
            return i + 1 < n && s.charAt(i + 1) == '\u00e1' ? 2 : 0;
        }
        if (ch == '\u00c2' && i + 1 < n) { // Â
            char next = s.charAt(i + 1);
            return next == '\u00a0' ? 2 : next == ' ' ? 1 : 0;
        }
        return 0;
    }
}
