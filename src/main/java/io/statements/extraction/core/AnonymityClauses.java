package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names32: relative clauses of anonymity between a source and its verb (`a senior official who spoke on
 * condition of anonymity because he was not authorised to brief the press said`), for {@link InterruptedSubjects}.
 */
final class AnonymityClauses {
    private final List<Tok> toks;
    private final Cues cueLex;

    AnonymityClauses(List<Tok> toks, Cues cueLex) {
        this.toks = toks;
        this.cueLex = cueLex;
    }

    private static final Set<String> ANONYMITY_WORDS = Lexicon.words(
            "anonymity anonymously named identified identify name");

    /**
     * Session names32, rule anonymity-clause: `a harbour clerk who spoke on condition of anonymity since she had no
     * leave to talk to reporters said`, `a diplomat who wished to stay unnamed as the talks are private said`:
     * the `who` of a relative clause of anonymity (an anonymity word within its first eight words), longer than the
     * plain rule reaches and holding its reason (a clause word, an infinitive `to speak publicly`), when the verb at
     * {@code cue} ends it; -1 when there is none. Only words between (no comma, quote or other verb of saying
     * than an infinitive's or the clause's own `who asked`).
     */
    int clauseBefore(int cue, int ss) {
        if (!anonymitySentence(toks.get(cue).sent)) {
            return -1; // most sentences have no anonymity word: one look-up, not a scan
        }
        int anonymity = -1; // the earliest anonymity word seen so far
        for (int m = cue - 1; m > ss && cue - m <= 32; m--) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT) {
                return -1;
            }
            if (t.low.equals("who")) {
                Tok before = toks.get(m - 1);
                return anonymity > m && anonymity - m <= 8 && before.type == WORD && before.qrole == OUT
                        && !Lexicon.CLAUSE_WORDS.contains(before.low) && !Lexicon.PREPOSITIONS.contains(before.low)
                        ? m : -1;
            }
            if (cueLex.isCueTok(m) && !toks.get(m - 1).low.equals("to") && !toks.get(m - 1).low.equals("who")) {
                return -1;
            }
            if (!t.cap && ANONYMITY_WORDS.contains(t.low)) {
                anonymity = m;
            }
        }
        return -1;
    }

    /** Per sentence, whether it holds a word of {@link #ANONYMITY_WORDS}: made on first ask. */
    private boolean[] anonymitySentences;

    private boolean anonymitySentence(int sent) {
        if (anonymitySentences == null) {
            int n = toks.isEmpty() ? 0 : toks.get(toks.size() - 1).sent + 1;
            anonymitySentences = new boolean[Math.max(n, 1)];
            for (Tok t : toks) {
                char c = t.type == WORD ? t.low.charAt(0) : ' '; // every word starts `a`, `n` or `i`: one test for most
                if ((c == 'a' || c == 'n' || c == 'i') && t.sent >= 0 && t.sent < anonymitySentences.length
                        && ANONYMITY_WORDS.contains(t.low)) {
                    anonymitySentences[t.sent] = true;
                }
            }
        }
        return sent >= 0 && sent < anonymitySentences.length && anonymitySentences[sent];
    }
}
