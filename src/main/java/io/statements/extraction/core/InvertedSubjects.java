package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/** The subject after its verb: `said Col. Ansel Vry, spokesman for ...`, `said she`. */
final class InvertedSubjects {
    private final List<Tok> toks;
    private final Cues cueLex;

    InvertedSubjects(Doc d) {
        this.toks = d.toks;
        this.cueLex = d.cueLex;
    }

    /** [start, end] of the subject right after the verb at k, or null. */
    int[] subjectAfter(int k, int se) {
        int i = k + 1;
        if (i > se) {
            return null;
        }
        Tok t = toks.get(i);
        if (t.type != WORD && t.qrole == OPEN) {
            i = QuotedNameModifiers.after(toks, i, se); // n65f: `said "Morning Sports" presenter Ralf Ostby`
            t = i < 0 ? t : toks.get(i);
        }
        if (i < 0 || t.type != WORD || t.qrole != OUT) {
            return null;
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(t.low)) {
            // `"...," said she.` is inverted; `..., said they had no problem` is the subject of the clause said
            return pronounVerbAfter(i + 1, se) ? null : new int[]{i, i};
        }
        if (Lexicon.PREPOSITIONS.contains(t.low)) {
            return null; // `said of the senator, "..."`, `said on the call`: no subject there
        }
        int[] bareTitled = bareTitleName(i, se);
        if (bareTitled != null) {
            return bareTitled;
        }
        int j = i;
        int lowers = 0;
        while (j <= se) {
            Tok w = toks.get(j);
            if (w.type != WORD || w.qrole != OUT) {
                if (w.type == PUNCT && w.text.equals("(")) {
                    int m = j;
                    while (m <= se && !toks.get(m).text.equals(")") && m - j < 8) {
                        m++;
                    }
                    if (m <= se && toks.get(m).text.equals(")")) {
                        j = m + 1;
                        continue;
                    }
                }
                break;
            }
            if (j > i && Lexicon.PREPOSITIONS.contains(w.low) && !joinsName(j, se)
                    || Lexicon.CLAUSE_WORDS.contains(w.low) && !(j > i && w.low.equals("and") && joinsName(j, se))
                    || cueLex.isCueTok(j) || Lexicon.TIME_WORDS.contains(w.low)
                    || j > i && w.s == toks.get(j - 1).e && Character.isDigit(w.text.charAt(0))) {
                break; // n49b, rule glued-words: `said Dr. Ilka Moor12 May 2011`: the date is no part of the name
            }
            if (j > i && FINITE_AUXILIARIES.contains(w.low)) {
                return null; // `..., said the search would continue`: the clause said, not an inverted subject
            }
            if (!w.cap && !Lexicon.DETERMINERS.contains(w.low)) {
                lowers++;
                if (lowers > 4) {
                    break;
                }
            }
            j++;
            if (j - i > 12) {
                break;
            }
        }
        if (j - 1 < i) {
            return null;
        }
        return appositiveName(i, j, se);
    }

    private static final java.util.Set<String> PARTITIVES = Lexicon.words("one another some two three several");

    /**
     * Session n51e, rule name-after-inverted-description: `"...," said a survivor, Yusuf Alandi, 37, from Qerat`,
     * `said one of the deckhands, Yusuf Alandi.`: a description in lower case only and no title (a partitive's `of
     * the ...` taken along; `said the mayor, Ann Roe,` keeps the title rules), then after a comma a name of two or
     * more capitalised words that a comma, a full stop or the sentence's end closes: the name is the subject. The
     * subject [i, j - 1] otherwise.
     */
    private int[] appositiveName(int i, int j, int se) {
        int c = j;
        if (c == i + 1 && c < se && toks.get(c).low.equals("of") && PARTITIVES.contains(toks.get(i).low)) {
            c++;
            while (c <= se && c - j < 6 && toks.get(c).type == WORD && !toks.get(c).cap && toks.get(c).qrole == OUT) {
                c++; // `one of the deckhands`, `another of the passengers`
            }
        }
        if (c > se || !toks.get(c).text.equals(",")) {
            return new int[]{i, j - 1};
        }
        for (int k = i; k < c; k++) {
            if (toks.get(k).cap || RoleWords.isRole(toks.get(k))) {
                return new int[]{i, j - 1}; // `said Ann Roe, a survivor,`, `said the mayor, Ann Roe,`: older rules
            }
        }
        int n = c + 1;
        while (n <= se && toks.get(n).type == WORD && toks.get(n).cap && toks.get(n).qrole == OUT) {
            n++;
        }
        boolean closed = n > se || toks.get(n).text.equals(",") || toks.get(n).text.equals(".");
        return n - c > 2 && closed ? new int[]{c + 1, n - 1} : new int[]{i, j - 1};
    }

    /**
     * Rule bare-title-postposed-name: `said chief executive of the Vote Watch group and longtime monitor Ruth Adeyemi.`:
     * a title without an article right after the verb, whose phrase runs through a preposition to a full name that
     * ends the clause, describes that name: the subject is the name (it was cut at `of`, leaving the bare title).
     */
    private int[] bareTitleName(int i, int se) {
        Tok first = toks.get(i);
        if (first.cap || !RoleWords.isRole(first)) {
            return null;
        }
        int j = i;
        boolean preposition = false;
        while (j <= se && j - i < 16 && toks.get(j).type == WORD && toks.get(j).qrole == OUT && !cueLex.isCueTok(j)
                && !FINITE_AUXILIARIES.contains(toks.get(j).low)) {
            preposition |= Lexicon.PREPOSITIONS.contains(toks.get(j).low);
            j++;
        }
        if (j <= se && !(toks.get(j).type == PUNCT && ".,;".contains(toks.get(j).text))) {
            return null; // the phrase must end the clause
        }
        int start = j;
        while (start > i && toks.get(start - 1).cap) {
            start--;
        }
        return preposition && j - start >= 2 && start - 1 > i && !toks.get(start - 1).cap ? new int[]{start, j - 1}
                : null;
    }

    private static final java.util.Set<String> FINITE_AUXILIARIES = Lexicon.words("""
            would will could can should may might must has have had is are was were does did""");

    /**
     * `of`/`for`/`and` between two capitalised words stays in the name: `said Mr. Hale of the Alder Trust` stops at
     * `of the`, but `said the Center for Coastal Studies` is one organisation (`for` after an organisation word) and `said Ann Cole and Ray Dunn` names
     * two people together (the resolver makes them one group, as {@link CoordinatedNames} does before the verb).
     */
    private boolean joinsName(int j, int se) {
        String w = toks.get(j).low;
        if (NameParticles.inBeforeArticle(toks, j, se)) {
            return true; // `said Sophie in 't Veld`: the Dutch article keeps the name going
        }
        if (j + 1 > se || !toks.get(j + 1).cap || toks.get(j + 1).type != WORD) {
            return false;
        }
        Tok before = toks.get(j - 1);
        if (w.equals("for")) { // `the Center for ...`, but `wrote Pia Lund for Kestrel Weekly`: her outlet
            return Lexicon.ORG_WORDS.contains(Lexicon.lower(before.text));
        }
        return w.equals("of") || w.equals("and") && before.cap && before.type == WORD;
    }

    /** A word at i that a pronoun before it is the subject of (`they had`, `he believed`), not a preposition or time. */
    private boolean pronounVerbAfter(int i, int se) {
        if (i > se) {
            return false;
        }
        Tok w = toks.get(i);
        return w.type == WORD && w.qrole == OUT && !w.cap && !Lexicon.PREPOSITIONS.contains(w.low)
                && !Lexicon.TIME_WORDS.contains(w.low) && !Lexicon.CLAUSE_WORDS.contains(w.low);
    }

    /**
     * Session n61c, rule inverted-aside-before-quote: `..., but then, said Ms Kroll, "the windows shattered"`: a
     * verb of saying set off by a comma, its subject after it and a comma or colon right before the quote, is the
     * quote's own attribution, even inside the reported clause of someone else's verb (`Her neighbour told her that
     * ..., but then, said Ms Kroll, "..."` is Kroll's, not the neighbour's). The subject, or null.
     */
    private static final java.util.Set<String> ARTICLES = Lexicon.words("the a an");

    int[] asideBeforeQuote(int cue, int open, int ss, int se) {
        if (cue - 1 <= ss || !toks.get(cue - 1).text.equals(",") || !Lexicon.SPEECH.contains(toks.get(cue).low)
                || Lexicon.ADDRESSEE_VERBS.contains(toks.get(cue).low)) {
            return null; // `X, told the counsel: "..."`: who is told is no speaker
        }
        int[] inv = subjectAfter(cue, se);
        if (inv == null || inv[1] + 2 != open || !(toks.get(inv[1] + 1).text.equals(",")
                || toks.get(inv[1] + 1).text.equals(":"))) {
            return null;
        }
        // a name or title (`said Ms Kroll`, `said the mayor`), never an object (`tweeted this:`) nor a time (`wrote Monday:`)
        Tok first = toks.get(inv[0]);
        boolean named = first.cap && !Lexicon.DETERMINERS.contains(first.low) && !Lexicon.TIME_WORDS.contains(first.low);
        return named || ARTICLES.contains(first.low) ? inv : null;
    }
}
