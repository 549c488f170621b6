package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names38, rule subordinate-content-end: `While critics argue that swaps invite kidnappings, the president
 * has deemed some of them worth it`: a verb of saying inside a subordinate clause that opens the sentence (or follows
 * its opening phrase) reports only up to the comma where the main clause begins, a subject and its verb (`the
 * president has`, `Ida Berg stuck`, `he does`), not the main clause, which is the writer's or its own subject's.
 */
final class LeadingSubordinateClauses {
    /** Words that open an adverbial clause before the main clause. */
    private static final Set<String> OPENERS = Lexicon.words("while although though whereas as when after because since if");
    /** How many words a main clause's subject may have before its verb (`the Harbour Board's chairman`). */
    private static final int SUBJECT_WORDS = 5;

    private final List<Tok> toks;
    private final Cues cueLex;

    LeadingSubordinateClauses(List<Tok> toks, Cues cueLex) {
        this.toks = toks;
        this.cueLex = cueLex;
    }

    /**
     * The last token of the content [from, to] of the verb at {@code cue}: the token before the comma that opens the
     * main clause when the verb's clause is a leading subordinate clause of the sentence starting at {@code ss}; else
     * {@code to}.
     */
    int contentEnd(int cue, int from, int to, int ss) {
        if (!leadingSubordinate(cue, ss)) {
            return to;
        }
        boolean ownOpening = openingPhrase(toks.get(from));
        for (int k = from + 1; k < to; k++) {
            Tok t = toks.get(k);
            if (t.qrole != OUT) {
                return to; // a quotation inside: the quote sieves' reading stands
            }
            if (t.text.equals(",") && ownOpening) {
                ownOpening = false; // `that even on Friday morning, the board was refusing`: the report's own phrase
                continue;
            }
            if (t.text.equals(",") && k - from >= MIN_CONTENT && mainClauseAt(k + 1, to)) {
                int end = k - 1;
                return end >= from ? end : to;
            }
        }
        return to;
    }

    /** Words that open a participle phrase before the main clause (`While tweeting,`, `After speaking to him,`). */
    private static final Set<String> PARTICIPLE_OPENERS = Lexicon.words("while when after before since upon");
    /** How many words a participle phrase may hold before the comma that ends it. */
    private static final int PARTICIPLE_PHRASE_WORDS = 8;

    /**
     * Rule adjunct-participle (session names41): `While tweeting, Mehra wrote that ...`, `After tweeting from the
     * floor, Mehra told reporters ...`: a participle opening the sentence after a subordinator, with no complement of
     * its own before the comma that ends its phrase (only a prepositional phrase), shares the main clause's subject;
     * it reports nothing itself (it took `While` for its subject and the main clause for its content), the main
     * clause's verb does.
     */
    boolean participleAdjunct(int cue, int ss, int se) {
        Tok ct = toks.get(cue);
        if (!ct.low.endsWith("ing") || cue - 1 < ss || !PARTICIPLE_OPENERS.contains(toks.get(cue - 1).low)
                || cue - 1 != ss && !(toks.get(cue - 2).text.equals(",") && firstCommaOfSentence(cue - 2, ss))) {
            return false;
        }
        Tok next = toks.get(Math.min(cue + 1, se));
        if (!next.text.equals(",") && !Lexicon.PREPOSITIONS.contains(next.low)) {
            return false; // `After saying he was nervous, ...`: the participle has a complement; it reports
        }
        for (int k = cue + 1; k <= se && k - cue <= PARTICIPLE_PHRASE_WORDS; k++) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || t.low.equals("that") || Words.isTerminal(t)) {
                return false; // `After tweeting that the vote was rigged, ...`: the participle reports
            }
            if (t.text.equals(",")) {
                return mainClauseAt(k + 1, se);
            }
        }
        return false;
    }

    /** Fewer words before the comma are an opening phrase of the reported clause (`your government,`). */
    private static final int MIN_CONTENT = 4;

    /** The reported clause opens with a phrase of its own (`even on Friday morning,`, `just today,`, `in December,`). */
    private static boolean openingPhrase(Tok t) {
        return t.type == WORD && (Lexicon.TIME_PREPS.contains(t.low) || Lexicon.TIME_WORDS.contains(t.low)
                || t.low.equals("even") || t.low.equals("just") || t.low.equals("only") || t.low.endsWith("ly"));
    }

    /** The cue's clause opens with a subordinator at the sentence start or after a comma, with no comma before the cue. */
    private boolean leadingSubordinate(int cue, int ss) {
        for (int m = cue - 1; m >= ss && cue - m <= 12; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.type != WORD) {
                return false; // a comma or a quote between: not the cue's own clause
            }
            if (t.has(WordBits.CLAUSE_WORD) && OPENERS.contains(t.low) && (!t.cap || m == ss)) {
                Tok before = m == ss ? null : toks.get(m - 1);
                return m == ss || before.text.equals(",") && m - 1 > ss && !toks.get(m - 2).text.equals(",")
                        && firstCommaOfSentence(m - 1, ss) || before.low.equals("even") && m - 1 == ss;
            }
        }
        return false;
    }

    /** The comma at {@code comma} is the sentence's first: it closes an opening phrase (`In a debate on Monday,`). */
    private boolean firstCommaOfSentence(int comma, int ss) {
        for (int m = ss; m < comma; m++) {
            if (toks.get(m).text.equals(",") || toks.get(m).qrole != OUT) {
                return false;
            }
        }
        return comma - ss <= 8;
    }

    /** A subject and its finite verb start at k: `he does`, `Ida Berg stuck`, `the council has voted`. */
    private boolean mainClauseAt(int k, int to) {
        return mainVerbAt(k, to) > k;
    }

    /** The finite verb of a subject starting at k (`he does`, `Ida Berg stuck`), or -1. */
    private int mainVerbAt(int k, int to) {
        Tok first = toks.get(k);
        if (first.type != WORD || first.qrole != OUT) {
            return -1;
        }
        int m = k;
        if (Lexicon.SUBJECT_PRONOUNS.contains(first.low)) {
            m = k + 1;
        } else if (first.cap || first.low.equals("the")) {
            m = k + 1;
            while (m <= to && m - k < SUBJECT_WORDS && toks.get(m).type == WORD && toks.get(m).qrole == OUT
                    && (toks.get(m).cap || first.low.equals("the") && !verbLike(m))) {
                m++;
            }
            if (first.cap && Lexicon.CLAUSE_WORDS.contains(first.low)) {
                return -1; // `, But ...`, `, When ...`
            }
        } else {
            return -1;
        }
        return m <= to && m > k && (verbLike(m) || first.cap && m - k >= 2 && plainWord(toks.get(m))) ? m : -1;
    }

    /**
     * Rule adjunct-participle-subject (session names41): `After saying she had never voted, the welder stayed on`,
     * `Since declaring in May that she would retire, Mayor Ilse Brandt has spent ...`: the participle of a phrase
     * that opens the sentence after a subordinator has the main clause's subject, which starts after the comma
     * closing the content [.., to]; its span, or null (the sentence's subject was the subordinator itself, `After`).
     */
    int[] participleSubject(int cue, int[] subj, int ss, int to, int se) {
        if (subj != null && (subj[0] != cue - 1 || subj[1] != cue - 1) || cue - 1 < ss
                || !PARTICIPLE_OPENERS.contains(toks.get(cue - 1).low)
                || cue - 1 != ss && !(toks.get(cue - 2).text.equals(",") && firstCommaOfSentence(cue - 2, ss))
                || to + 2 > se || !toks.get(to + 1).text.equals(",")) {
            return null;
        }
        int verb = mainVerbAt(to + 2, se);
        return verb > to + 2 ? new int[] {to + 2, verb - 1} : null;
    }

    /** After a name of two words or more, any lower-case word but a function word is its verb (`Ida Berg stuck`). */
    private static boolean plainWord(Tok t) {
        return t.type == WORD && !t.cap && t.qrole == OUT && !Lexicon.PREPOSITIONS.contains(t.low)
                && !Lexicon.CLAUSE_WORDS.contains(t.low) && !Lexicon.DETERMINERS.contains(t.low)
                && !t.low.equals("and") && !t.low.equals("or") && !t.low.endsWith("ing");
    }

    /** A finite verb: an auxiliary, a verb of saying, or a lower-case word in `-ed` (`hewed`, `backed`). */
    private boolean verbLike(int m) {
        Tok t = toks.get(m);
        if (t.type != WORD || t.cap || t.qrole != OUT) {
            return false;
        }
        return AUXILIARIES.contains(t.low) || cueLex.isCueTok(m) && !cueLex.isParticiple(m)
                || t.low.length() > 3 && t.low.endsWith("ed");
    }

    private static final Set<String> AUXILIARIES = Lexicon.words("""
            is are was were has have had will would can could should may might must does did do""");
}
