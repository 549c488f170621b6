package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Stage 3: sentence boundaries; a sentence end inside a quotation does not end the sentence. */
final class SentenceSplitter {
    private final Doc d;
    private final List<Tok> toks;

    SentenceSplitter(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    void splitSentences() {
        int size = toks.size();
        List<Integer> starts = new ArrayList<>();
        int sent = -1;
        int[] caps = new int[size]; // Doc.capitalisedWords, from this pass over every token
        int capCount = 0;
        for (int i = 0; i < size; i++) {
            Tok t = toks.get(i);
            if (t.type == WORD && t.cap) {
                caps[capCount++] = i;
            }
            boolean brk;
            if (i == 0) {
                brk = true;
            } else {
                Tok p = toks.get(i - 1);
                if (p.para != t.para) {
                    brk = t.covered || p.covered || !(t.qrole == REOPEN || (t.qrole == INSIDE && p.q == t.q) || (t.qrole == CLOSE && p.q == t.q));
                } else if (t.qrole == INSIDE || t.qrole == CLOSE) {
                    brk = false;
                } else if (isTerminal(p) && p.qrole == OUT) {
                    brk = startsSentence(t);
                } else if (endsWithDottedAbbreviation(p) && p.qrole == OUT && t.qrole == OUT) {
                    brk = t.type == WORD && t.cap && OPENERS_AFTER_ABBREVIATION.contains(t.low);
                } else if (p.qrole == CLOSE && i >= 2 && isTerminal(toks.get(i - 2))) {
                    brk = startsSentence(t) && !(t.type == WORD && t.cap && postCueAhead(i));
                } else {
                    brk = false;
                }
            }
            if (brk) {
                sent++;
                starts.add(i);
            }
            t.sent = sent;
        }
        d.capWords = java.util.Arrays.copyOf(caps, capCount);
        d.sentStart = new int[starts.size()];
        d.sentEnd = new int[starts.size()];
        for (int k = 0; k < starts.size(); k++) {
            d.sentStart[k] = starts.get(k);
            d.sentEnd[k] = (k + 1 < starts.size() ? starts.get(k + 1) : size) - 1;
        }
    }

    /** Words that start a sentence but never continue a name after `U.S.` or `p.m.`: `at home in the U.S. She says`. */
    private static final Set<String> OPENERS_AFTER_ABBREVIATION = Lexicon.words(
            "he she they it we i the but this these those there his her their its our however meanwhile");

    /** `U.S.`, `D.C.`, `p.m.`: the final period of the abbreviation may also end the sentence. */
    private static boolean endsWithDottedAbbreviation(Tok p) {
        String w = p.text;
        return p.type == WORD && p.dotted && w.length() >= 4 && w.endsWith(".") && w.indexOf('.') < w.length() - 1;
    }

    /**
     * `"Wow!" Senator Tom Reyes said as he opened the vote.`: a clause of time or manner hanging on the verb of saying
     * after a named speaker (two words at least: `"A." Reyes said while ...` alone could be a new sentence's
     * subject and verb) still belongs to the quote's sentence (session names31, rule cue-adjunct-after-quote).
     */
    private static final Set<String> CUE_ADJUNCT_OPENERS = Lexicon.words("as when while");

    /**
     * `"Great." Smith said.`, `"Why?" Todd asked the mayor.`, `"Wow!" Rep. Ann Lee, D-Ore., said of it.`: a
     * capitalised name (with a party tag) followed closely by a speech verb that does not open a clause of its own.
     */
    boolean postCueAhead(int i) {
        for (int j = i; j < Math.min(toks.size(), i + 9); j++) {
            Tok t = toks.get(j);
            if (t.para != toks.get(i).para) {
                return false;
            }
            if (t.type == WORD && (Lexicon.SPEECH.contains(t.low) || Lexicon.AFTER_QUOTE_ONLY.contains(t.low))) {
                Tok nx = j + 1 < toks.size() ? toks.get(j + 1) : null;
                return nx == null || nx.para != t.para || isTerminal(nx) || nx.text.equals(",")
                        || Lexicon.ADDRESSEE_VERBS.contains(t.low) && nx.type == WORD // `"Why?" X told reporters`
                        || nx.type == WORD && (nx.cap || Lexicon.PREPOSITIONS.contains(nx.low)
                        || Lexicon.DETERMINERS.contains(nx.low) && !nx.low.equals("that")
                        && !(Lexicon.SUBJECT_PRONOUNS.contains(toks.get(i).low) && j == i + 1
                        && !determinedTime(j + 2)) // `"A." They said the fares ...`: a new sentence
                        || CUE_ADJUNCT_OPENERS.contains(nx.low) && j > i + 1
                        && !Lexicon.SUBJECT_PRONOUNS.contains(toks.get(i).low));

            }
            boolean tag = t.type == PUNCT && (t.text.equals(",") || t.text.equals("-")) && j > i;
            if (tag && t.text.equals(",") && toks.get(j - 1).cap) {
                return cueAfterAppositive(j);
            }
            if (!tag && !(t.type == WORD && (t.cap || Lexicon.SUBJECT_PRONOUNS.contains(t.low)))) {
                return false;
            }
        }
        return false;
    }

    /** `the next day`, `this week`: a time phrase after the determiner at k - 1. */
    private boolean determinedTime(int k) {
        return k < toks.size() && (Lexicon.TIME_WORDS.contains(toks.get(k).low) || k + 1 < toks.size()
                && Lexicon.TIME_WORDS.contains(toks.get(k + 1).low));
    }

    /** `"Why?" Miller, a retired worker from the plant, said`: a comma-closed appositive, then the speech verb. */
    private boolean cueAfterAppositive(int comma) {
        for (int j = comma + 1; j < Math.min(toks.size(), comma + 25); j++) {
            Tok t = toks.get(j);
            if (t.para != toks.get(comma).para || isTerminal(t) || t.type == DQ) {
                return false;
            }
            if (t.text.equals(",") && j + 1 < toks.size() && toks.get(j + 1).para == t.para
                    && Lexicon.SPEECH.contains(toks.get(j + 1).low) && j > comma + 1) {
                return true;
            }
        }
        return false;
    }
}
