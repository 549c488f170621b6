package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Lexicon.lower;
import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Stage 1: splits the text into word, punctuation and quotation-mark tokens, numbering paragraphs. */
final class Tokenizer {
    private final Doc d;
    private final String s;
    private final int n;
    private final List<Tok> toks;
    /** Where a capitalised `Jan` or `Hope` was read; null in most texts, which have none. */
    private List<Integer> wordFirstNames;

    /** First names that are also a month or a cue verb, which the word lists would read as such. */
    private static final Set<String> WORD_FIRST_NAMES = Lexicon.words("jan hope");

    /** Each ASCII mark as a string, made once: most punctuation tokens are one of these, no substring each. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    Tokenizer(Doc d) {
        this.d = d;
        this.s = d.s;
        this.n = d.n;
        this.toks = d.toks;
    }

    void tokenize() {
        if (toks instanceof ArrayList<Tok> list) {
            list.ensureCapacity(n / 4); // news prose runs about five characters a token: no copies while it grows
        }
        int para = 0;
        boolean sawNewline = false;
        java.util.BitSet wraps = WrappedLines.wraps(s); // null in nearly every text
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == ' ') { // most gaps: one space
                i++;
                continue;
            }
            if (ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029') {
                sawNewline |= wraps == null || !wraps.get(ch == '\r' ? i + 1 : i); // rule wrapped-lines
                i++;
                continue;
            }
            int junk = ch < '\u00c2' ? 0 : MojibakeSpaces.width(s, i, n); // n61a: `School.┬áIt`: a mis-decoded space
            if (junk > 0 || Character.isWhitespace(ch) || ch == '\u00a0' || Character.isISOControl(ch)) {
                i += Math.max(junk, 1);
                continue;
            }
            if (sawNewline && !toks.isEmpty()) {
                para++;
            }
            sawNewline = false;
            Tok t = new Tok();
            t.s = i;
            t.para = para;
            if (isWordChar(ch)) {
                int j = i + 1;
                boolean hyphen = false; // only a word joined by a hyphen can be a particle name (`al-Assad`)
                boolean lowerAlready = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9'; // no character to lower-case
                int firstDot = -1; // where a full stop joins the word (`U.S`), read here, not by a scan of the word
                while (j < n) {
                    char c = s.charAt(j);
                    if (isWordChar(c) && (c < '\u00c2' || MojibakeSpaces.width(s, j, n) == 0)) { // n61a: `saidÂ it`
                        lowerAlready &= c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
                        j++;
                    } else if (c == ',' && thousands(j)) {
                        j += 4; // `4,000 people`: one number, not a clause break before `000 people`
                    } else if (c >= '\u0080' && c <= '\u036f' && inWord(c, s.charAt(j - 1))) {
                        j++; // `SarukhÃ\u0083Â¡n`: a mis-encoded letter's second byte, read as Latin-1, is still the word
                    } else if (c == '.' && missingSpace(i, j)) {
                        break; // lead48: `the port of Veltra.Veltra harbour master`: two sentences, a space lost
                    } else if ((c == '.' || c == '-' || c == '\'' || c == '\u2019' || c == '&' || c == '/')
                            && j + 1 < n && isWordChar(s.charAt(j + 1))) {
                        hyphen |= c == '-';
                        firstDot = c == '.' && firstDot < 0 ? j : firstDot;
                        char next = s.charAt(j + 1);
                        lowerAlready &= next >= 'a' && next <= 'z' || next >= '0' && next <= '9';
                        j += 2;
                    } else {
                        break;
                    }
                }
                int glued = lowerAlready ? j : GluedWords.wordEnd(s, i, j); // n49b, rule glued-words: `MinisterKessa`
                if (glued < j) {
                    j = glued;
                    hyphen &= s.substring(i, j).indexOf('-') >= 0; // the word read so far, never the text before it
                }
                if (pluralPossessive(j)) {
                    j++; // `the engineers' report`: the apostrophe belongs to the word
                }
                String w = s.substring(i, j);
                boolean dotted = firstDot >= 0 && firstDot < j; // w.indexOf('.') >= 0: a glued word may end before it
                // lower(w) is w itself when no character changes (most words): skip its scan and copy then
                String lw = lowerAlready ? w : lower(w);
                long lex = WordBits.of(lw); // punctuation is in no word list: its lex stays 0 without a look-up
                if (j < n && s.charAt(j) == '.') {
                    char after = j + 1 < n ? s.charAt(j + 1) : ' ';
                    if (dotted || (w.length() == 1 && Character.isUpperCase(ch))
                            || (lex & WordBits.ABBREVIATION) != 0 // ABBREV.contains(lw)
                            || (after == ')' || after == ',') && w.indexOf('-') > 0) {
                        j++; // the abbreviation's full stop belongs to the word
                        w = s.substring(i, j);
                        lw = lower(w);
                        lex = WordBits.of(lw);
                        dotted = true;
                    }
                }
                t.e = j;
                t.type = WORD;
                t.text = w;
                t.low = lw;
                t.dotted = dotted;
                t.cap = Character.isUpperCase(ch) || hyphen && particleName(w);
                t.lex = lex;
                if (t.cap && lw.length() <= 4 && (WORD_FIRST_NAMES.contains(lw) || w.equals("WHO"))) {
                    wordFirstNames = wordFirstNames == null ? new ArrayList<>(2) : wordFirstNames;
                    wordFirstNames.add(toks.size()); // rule word-first-name, decided once the next word is read
                }
                i = j;
            } else {
                int j = i + 1;
                if (Character.isHighSurrogate(ch) && j < n && Character.isLowSurrogate(s.charAt(j))) {
                    j++;
                }
                if (dutchArticle(i)) {
                    t.e = i + 2;
                    t.type = WORD;
                    t.text = s.substring(i, i + 2);
                    t.low = "'t";
                    t.lex = WordBits.of(t.low);
                    i += 2;
                    toks.add(t);
                    continue;
                }
                boolean twoApostrophes = isTwoApostrophes(i) || QuoteMarks.twoBackquotes(s, i) || QuoteMarks.doubledSingle(s, i);
                if (twoApostrophes) {
                    j = i + 2;
                }
                t.e = j;
                t.text = j == i + 1 && ch < ONE_CHAR.length ? ONE_CHAR[ch] : s.substring(i, j);
                t.low = t.text;
                if (isDQ(ch) || twoApostrophes) {
                    t.type = DQ;
                } else if (ch == '\u2018' || ch == '\u2019' || ch == '\'' || ch == '\u201b') {
                    t.type = SQ;
                    if (ch != '\u2019' && (i == 0 || Words.spaceLike(s.charAt(i - 1)))) {
                        d.singleMarks++; // only these can open a quote (SingleMarkQuotes.opens): the scan's gate
                    }
                } else {
                    t.type = PUNCT;
                }
                i = j;
            }
            toks.add(t);
        }
        d.paraCount = toks.isEmpty() ? 0 : para + 1;
        HeadlessTexts.shiftWhenHeadless(d, toks); // lead49: a text that opens with body text has no headline
        markWordFirstNames();
    }

    /**
     * Rule word-first-name (session names34): `The chief executive, Jan Kowalewski, said`, `its head, Hope Mbatha,
     * warned`: a capitalised `Jan` (no full stop) or `Hope` one space before a capitalised word that is no time
     * word starts a name; its lower-case form gets a mark no word list holds, so neither the month nor the cue verb
     * takes it (`Jan. 5`, `Jan 5`, `we hope` keep theirs).
     */
    private void markWordFirstNames() {
        for (int k : wordFirstNames == null ? List.<Integer>of() : wordFirstNames) {
            Tok t = toks.get(k), next = k + 1 < toks.size() ? toks.get(k + 1) : t;
            if (t.text.equals("WHO")) {
                CapitalAcronyms.mark(toks, k);
                continue;
            }
            if (next != t && next.type == WORD && next.cap
                    && next.s == t.e + 1 && s.charAt(t.e) == ' ' && next.para == t.para
                    && !Lexicon.TIME_WORDS.contains(next.low) && !WORD_FIRST_NAMES.contains(next.low)) {
                t.low = t.low + "\u00b7";
                t.lex = 0;
            }
        }
    }

    /**
     * Rule mojibake-letters (session names22): UTF-8 read as Latin-1 writes `á` as `Ã¡` (and twice over as
     * `Ã\u0083Â¡`): a lead byte `Ã`/`Â` then a byte 0x80-0xBF, which Latin-1 shows as a control character or a mark
     * (`¡`, `±`, `©`). Such a pair inside a word is one letter, so `BasÃ\u0083Â¡Ã\u0083Â±ez` stays one name word; the
     * same when the text stores `Ã` decomposed (`A` and U+0303), and any combining accent stays in its word; n73a: the
     * lead byte as code page 1250 shows it (`Ă`, `MicheĂ¡l`). Only reached at a non-letter: plain text pays one compare.
     */
    private static boolean inWord(char c, char prev) {
        if (c >= '\u0300') {
            return true; // a combining accent (`Jose\u0301`, text stored decomposed) belongs to its letter
        }
        return c <= '\u00bf' && (prev == '\u00c3' || prev == '\u00c2' || prev == '\u0303' || prev == '\u0302'
                || prev == '\u0102'); // the lead byte composed (`Ã`, `Ă`) or decomposed (`A` and a combining tilde)
    }

    /**
     * Rule name-particles (session names31): `Sophie in 't Veld`, `Jan van 't Hek`: the Dutch article `'t` after the
     * particle `in`/`van`/`op` and before a capitalised word is one word of the name, not a single quotation mark
     * (the name was cut to `t Veld`).
     */
    private boolean dutchArticle(int i) {
        char ch = s.charAt(i);
        if (ch != '\'' && ch != '\u2019' || i + 3 >= n || s.charAt(i + 1) != 't' || s.charAt(i + 2) != ' '
                || !Character.isUpperCase(s.charAt(i + 3)) || i == 0 || s.charAt(i - 1) != ' ' || toks.isEmpty()) {
            return false;
        }
        String before = toks.get(toks.size() - 1).low;
        return before.equals("in") || before.equals("van") || before.equals("op");
    }

    /** A comma between a digit and exactly three digits: a thousands separator. */
    private boolean thousands(int comma) {
        if (comma + 3 >= n || !Character.isDigit(s.charAt(comma - 1))) {
            return false;
        }
        for (int k = comma + 1; k <= comma + 3; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return comma + 4 >= n || !Character.isLetterOrDigit(s.charAt(comma + 4));
    }

    /**
     * An apostrophe after a plural's `s` and before a word (`the engineers' report`, `Democrats’ plans`) is a
     * possessive, unless a single quotation mark opened earlier on the line (`‘Stop the lies’ Park says`).
     */
    /**
     * Rule missing-space-stop (session lead48): a full stop at j after a word [i, j) of three letters or more ending in
     * a lower-case letter, right before a capital and a lower-case letter (`Veltra.Veltra`, `late.The`), ends a
     * sentence whose space was lost; `U.S.`, `Ph.D`, `St.Louis`, `booking.com` stay words.
     */
    private boolean missingSpace(int i, int j) {
        return j - i >= 3 && j + 2 < n && Character.isLowerCase(s.charAt(j - 1)) && Character.isUpperCase(s.charAt(j + 1))
                && Character.isLowerCase(s.charAt(j + 2)) && s.lastIndexOf('.', j - 1) < i;
    }

    private boolean pluralPossessive(int j) {
        // the apostrophe first: asked after every word, and few words end before one
        if (j + 2 >= n || s.charAt(j) != '\'' && s.charAt(j) != '\u2019' || s.charAt(j - 1) != 's'
                || s.charAt(j + 1) != ' ' || !Character.isLetter(s.charAt(j + 2)) || isTwoApostrophes(j)) {
            return false;
        }
        for (int k = j - 1; k >= 0 && j - k < 300; k--) {
            char c = s.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (c == '\u2018' || (c == '\'' || c == '\u2019') && (k == 0 || !Character.isLetterOrDigit(s.charAt(k - 1)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two apostrophes stand for a double quotation mark in text converted from typewriter style (archives write
     * ''Usually,'' she said). In ''' the single mark is inside: after the double one when opening, before it when
     * closing (us,'''), so a closing run starts with the single mark.
     */
    private boolean isTwoApostrophes(int i) {
        if (i + 1 >= n || s.charAt(i) != '\'' || s.charAt(i + 1) != '\'') {
            return false;
        }
        boolean three = i + 2 < n && s.charAt(i + 2) == '\'';
        boolean opening = i == 0 || spaceLike(s.charAt(i - 1));
        return !three || opening;
    }

    /**
     * `al-Ansari`, `el-Sisi`, `bin-Salman`: an Arabic article or particle joined by a hyphen to a capitalised name is
     * a name word, capitalised for every rule that looks for names.
     */
    private static boolean particleName(String w) {
        int dash = w.indexOf('-');
        return dash >= 2 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
                && (w.startsWith("al-") || w.startsWith("el-") || w.startsWith("bin-") || w.startsWith("ibn-")
                || w.startsWith("abu-"));
    }
}
