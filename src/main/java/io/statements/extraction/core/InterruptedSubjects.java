package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * A subject kept apart from its verb: by an adverbial (`The ministry less than two weeks ago said`, `X now says`),
 * or by a relative clause without commas (`a White House official who spoke anonymously said`).
 */
final class InterruptedSubjects {
    private static final Set<String> AGO_PHRASE = Lexicon.words("""
            ago a an one two three four five six seven eight nine ten few several many some just only about
            nearly almost less more than over under minutes hours days weeks months years decades minute hour day
            week month year decade""");
    private static final Set<String> ADVERBS = Lexicon.words("now currently today tonight");

    private final List<Tok> toks;
    private final Cues cueLex;

    InterruptedSubjects(List<Tok> toks, Cues cueLex) {
        this.toks = toks;
        this.cueLex = cueLex;
    }

    /** The last token before an adverbial that ends at j (`now`, `two weeks ago`), or j when there is none. */
    int beforeAdverbial(int j, int ss) {
        int k = j;
        while (k >= ss && toks.get(k).type == WORD && !toks.get(k).cap && ADVERBS.contains(toks.get(k).low)) {
            k--;
        }
        if (k > ss && toks.get(k).type == WORD && toks.get(k).low.equals("ago")) {
            int m = k - 1;
            while (m >= ss && toks.get(m).type == WORD && !toks.get(m).cap && AGO_PHRASE.contains(toks.get(m).low)
                    && k - m < 6) {
                m--;
            }
            k = m < k - 1 ? m : k;
        }
        return k >= ss && k < j && toks.get(k).type == WORD && toks.get(k).qrole == OUT ? k : j;
    }

    /**
     * `a White House official who spoke anonymously to discuss strategy said`, `Beck, who has in the past
     * described`: the `who` opening a relative clause the verb at {@code cue} ends, or -1.
     */
    int relativePronounBefore(int cue, int ss) {
        if (cue - 1 <= ss || toks.get(cue - 1).type != WORD || Lexicon.CLAUSE_WORDS.contains(toks.get(cue - 1).low)) {
            return -1; // `X, who ..., said`: an appositive clause; `who left but said`: a coordinated verb
        }
        for (int m = cue - 1; m > ss && cue - m <= 14; m--) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT || cueLex.isCueTok(m)) {
                return -1;
            }
            if (t.low.equals("who")) {
                Tok after = toks.get(m + 1);
                if (m + 1 == cue || after.cap || Lexicon.SUBJECT_PRONOUNS.contains(after.low)) {
                    return -1; // `who said`: the relative pronoun rule; `who he dubbed`: `who` is the object
                }
                Tok before = toks.get(m - 1);
                boolean np = before.type == WORD && before.qrole == OUT && !Lexicon.CLAUSE_WORDS.contains(before.low)
                        && !Lexicon.PREPOSITIONS.contains(before.low);
                return np || before.text.equals(",") ? m : -1;
            }
            if (Lexicon.CLAUSE_WORDS.contains(t.low)) {
                return -1;
            }
        }
        return -1;
    }

    /** `X — a teacher from Mount Pleasant — says`: the last token before the opening dash, when j closes one; else -1. */
    int beforeDashAppositive(int j, int ss) {
        if (j <= ss || !isDash(toks.get(j))) {
            return -1;
        }
        for (int m = j - 1; m > ss && j - m <= 25; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || Words.isTerminal(t)) {
                return -1;
            }
            if (isDash(t)) {
                return m - 1 >= ss && toks.get(m - 1).type == WORD && toks.get(m - 1).cap ? m - 1 : -1;
            }
        }
        return -1;
    }

    private static boolean isDash(Tok t) {
        return t.type == PUNCT && (t.text.equals("\u2014") || t.text.equals("--") || t.text.equals("\u2013"));
    }
}
