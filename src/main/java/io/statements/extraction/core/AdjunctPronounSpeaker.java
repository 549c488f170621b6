package io.statements.extraction.core;

import java.util.Set;

/**
 * A pronoun subject of a verb of saying in a relative or adverbial clause of another attribution: `X said ..., which he
 * called "a disaster"`, `X said ..., although he posted that he "opposes ..."`.
 * The pronoun is the speaker's mention (the evidence next to the quote, the subject of its own cue) while the name
 * stays the outer speaker's, whom the pronoun stands for. A pronoun opening the complement of the outer verb (`X said
 * he told reporters "..."`, `X said that she recalls "..."`) is not one: the outer attribution keeps that quote.
 */
final class AdjunctPronounSpeaker {

    /** Words that open a clause hanging on the outer one rather than its complement. */
    private static final Set<String> OPENERS = Lexicon.words(
            "which who whom when while although though as because since where whereas");

    private final Doc d;

    AdjunctPronounSpeaker(Doc d) {
        this.d = d;
    }

    /** The token of the pronoun subject of cue when it stands in an adjunct clause, else -1. */
    int pronoun(int cue, int ss) {
        int[] inner = d.subjects.subjectBefore(cue, ss);
        if (inner == null || inner[0] < 0 || inner[0] != inner[1] || inner[0] <= ss) {
            return -1;
        }
        Tok p = d.toks.get(inner[0]);
        if (!Lexicon.SUBJECT_PRONOUNS.contains(p.low) || p.low.equals("i") || p.low.equals("you")) {
            return -1;
        }
        Tok before = d.toks.get(inner[0] - 1);
        if (OPENERS.contains(before.low)) {
            return inner[0];
        }
        // `X says that even though ..., he thinks "..."`: a main clause after an opening adverbial clause; not the
        // pronoun after a parenthetical cue (`Back then, Ms. Roe said, she found ...`) nor one itself set off by commas
        boolean afterClause = before.text.equals(",") && inner[0] - 2 > ss && !d.cueLex.isCueTok(inner[0] - 2);
        return afterClause && !d.toks.get(cue + 1).text.equals(",") ? inner[0] : -1;
    }

    /**
     * `Reyes was faulted ..., though on Monday he went further, saying "..."`, `..., and he has fought the
     * board, at one point calling it "..."`: the pronoun subject of the concessive or coordinated clause right before
     * the participle's comma (the clause the participle hangs on), else -1. Not a pronoun opening a verb's complement
     * (`X said he was tired, adding ...` hangs on `X said`), nor one in a `when`/`after` clause (`X apologized after
     * they came out, saying ...` hangs on the main clause).
     */
    int participlePronoun(int cue, int ss) {
        int comma = cue - 1;
        while (comma > ss && cue - comma <= 3 && d.toks.get(comma).type == Tok.WORD && !d.toks.get(comma).cap) {
            comma--; // `, at one point calling`
        }
        if (!d.cueLex.isParticiple(cue) || comma <= ss || !d.toks.get(comma).text.equals(",")) {
            return -1;
        }
        for (int m = comma - 1; m > ss && comma - m < 25; m--) {
            Tok t = d.toks.get(m);
            if (t.qrole != Tok.OUT || t.type != Tok.WORD || d.cueLex.isCueTok(m)) {
                return -1;
            }
            if (CLAUSE_PRONOUNS.contains(t.low)) {
                return openedByAdjunct(m, ss) ? m : -1;
            }
        }
        return -1;
    }

    private static final Set<String> CLAUSE_PRONOUNS = Lexicon.words("he she they we");
    private static final Set<String> MAIN_CLAUSE_OPENERS = Lexicon.words(
            "although though and but");

    /** The pronoun at m follows a concessive or coordinating word, with at most a short phrase between. */
    private boolean openedByAdjunct(int m, int ss) {
        for (int k = m - 1; k >= ss && m - k <= 7; k--) {
            Tok t = d.toks.get(k);
            if (t.type != Tok.WORD || t.qrole != Tok.OUT || t.low.equals("that") || d.cueLex.isCueTok(k)) {
                return false;
            }
            if (MAIN_CLAUSE_OPENERS.contains(t.low)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma opening an adjunct clause with its own pronoun and cue inside [from, to] (`X said the fees rose, which
     * she called "a tax"`): the outer report ends before it, the quote after it is the inner cue's. -1 when none.
     */
    int adjunctClauseComma(int from, int to) {
        for (int k = from + 1; k + 2 <= to; k++) {
            Tok t = d.toks.get(k);
            if (t.qrole != Tok.OUT) {
                return -1; // a quote before any such clause: the quote's own attribution covers the report
            }
            if (t.text.equals(",") && OPENERS.contains(d.toks.get(k + 1).low)) {
                for (int m = k + 2; m <= to && m - k <= 4; m++) {
                    if (d.cueLex.isCueTok(m) && pronoun(m, k + 1) == m - 1) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    /** The outer speaker seen through the pronoun: its mention, the outer speaker's name and kind. */
    Speaker through(int pronoun, Speaker outer) {
        Tok p = d.toks.get(pronoun);
        return new Speaker(p.s, p.e, p.text, outer.name(), outer.kind(), outer.channel());
    }

    /** The speaker of an outer cue no quote has used yet: its subject before it, or null. */
    Speaker outerSpeaker(int outer, int ss) {
        int[] subj = d.subjects.subjectBefore(outer, ss);
        return subj == null || subj[0] < 0 ? null : d.resolver.resolveSubject(subj);
    }
}
