package io.statements.extraction.core;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule expletive-opener (session names28): a sentence opening with a contracted `it's`, `that's`, `there's`,
 * `what's` or `here's` has no speaker in its first words (`It's a big gamble, but Holt was in Ames, stressing ...`,
 * `That's partly why Holt quit before announcing ...`, `It's become such a fixture that Holt thanked ...`): the
 * speaker mention used to be the contraction with the word after it (`It's a`, `That's partly`). The subject is
 * that of the clause after `that`, `why`, `but`, ... when one comes before the cue; else the pronoun itself when a
 * participle follows (`It's denouncing what it calls ...`: a progressive, `it` speaks); else the reading as
 * before.
 */
final class ExpletiveOpeners {

    private static final Set<String> EXPLETIVES = Lexicon.words("it that there what here");
    /** Words opening the clause the content hangs on. */
    private static final Set<String> CLAUSE_OPENERS = Lexicon.words("that why but because how when while so");
    private static final Set<String> PARTICIPLES = Lexicon.words("become been got gotten gone made taken");

    private final List<Tok> toks;

    ExpletiveOpeners(List<Tok> toks) {
        this.toks = toks;
    }

    /** Whether the token is a contracted expletive opener (`It's`, `That’s`, `There's`, ...). */
    boolean isExpletive(int i) {
        Tok t = toks.get(i);
        if (t.type != WORD || t.qrole != OUT) {
            return false;
        }
        String low = t.low;
        int apo = Math.max(low.indexOf('\''), low.indexOf('\u2019'));
        return apo > 0 && low.substring(apo + 1).equals("s") && EXPLETIVES.contains(low.substring(0, apo));
    }

    /**
     * The subject of a sentence whose first word (at i) is a contracted expletive: the subject of a later clause
     * before limit, the pronoun before a participle, else the noun phrase at i as before. {@code subjectFrom} reads
     * the noun phrase at a token.
     */
    int[] subject(int i, int limit, BiFunction<Integer, Integer, int[]> subjectFrom) {
        if (i + 2 <= limit && toks.get(i + 1).low.equals("more") && toks.get(i + 2).text.equals(",")) {
            return subjectFrom.apply(i + 3, limit); // `What's more, Holt's decision ..., complaining`
        }
        for (int k = i + 1; k < limit; k++) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || t.type == PUNCT && (t.text.equals(";") || t.text.equals(":"))) {
                break;
            }
            if (t.type == WORD && (CLAUSE_OPENERS.contains(t.low) || forSubject(k, limit))) {
                Tok next = toks.get(k + 1);
                if (next.type == WORD && next.qrole == OUT
                        && (next.cap || Lexicon.SUBJECT_PRONOUNS.contains(next.low))) {
                    int[] subj = subjectFrom.apply(k + 1, limit);
                    if (subj != null && !isExpletive(subj[0])) {
                        return subj;
                    }
                }
            }
        }
        Tok next = i + 1 <= limit ? toks.get(i + 1) : null;
        if (next != null && next.type == WORD && toks.get(i).low.startsWith("it")
                && (next.low.endsWith("ing") && !next.low.endsWith("thing") || PARTICIPLES.contains(next.low))) {
            return new int[]{i, i};
        }
        // as before: `Here's Clinton in 1992: "..."` presents its speaker; a statement with no clause subject keeps
        // its reading (a junk name is for the name rules, and dropping the statement loses a match)
        return subjectFrom.apply(i, limit);
    }

    /** `There's still time for Cruz to mend fences, even after dismissing ...`: `for X to` has X as subject. */
    private boolean forSubject(int k, int limit) {
        if (!toks.get(k).low.equals("for")) {
            return false;
        }
        for (int m = k + 1; m <= limit && m - k <= 4; m++) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT) {
                return false;
            }
            if (t.low.equals("to")) {
                return m > k + 1;
            }
            if (!t.cap) {
                return false;
            }
        }
        return false;
    }
}
