package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n74e, rule full-stop-cue: `"... good does win." Ida Berg, the head of the trust, said of the verdict.` A
 * quote closed by a full stop (or `?`, `!`) inside its marks and followed, in the same paragraph, by a sentence that
 * is only a subject and a verb of saying (`X said.`, `X added on Friday.`, `X told reporters.`) is that subject's:
 * the stop stands where a comma belongs, and the short sentence reports nothing else. Without this rule the quote
 * joins the attribution before it, a neighbour's. A sentence with its own reported clause (`X said the plan ...`,
 * `X said that ...`) or a quote of its own is not a frame.
 */
final class FullStopCueSieve extends Rules implements QuoteSieve {

    /** Words after the verb that still leave the sentence a frame: a prepositional adjunct, `told reporters`. */
    private static final int MAX_TAIL_WORDS = 8;
    private static final Set<String> TOLD = Lexicon.words("told tells");
    private static final Set<String> STOPS = Lexicon.words(". ? !");

    FullStopCueSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "full-stop-cue";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        if (!c.opensClause || c.q.close < 0 || c.words < 3 || c.q.lastInner < 0
                || !STOPS.contains(toks.get(c.q.lastInner).text)) {
            return false;
        }
        int ns = c.q.close + 1, ne = c.cse; // the frame in the quote's own sentence, as the splitter may keep it
        if (onlyPunctuationAfter(c.qEndTok, c.cse)) {
            int next = toks.get(c.cse).sent + 1; // else the sentence right after
            if (next <= 0 || next >= d.sentStart.length || d.sentStart[next] != c.cse + 1) {
                return false;
            }
            ne = d.sentEnd[next];
        }
        Tok first = ns < toks.size() ? toks.get(ns) : null;
        if (first == null || first.para != toks.get(c.q.close).para || first.type != WORD || !first.cap) {
            return false;
        }
        int cue = frameCue(ns, ne);
        if (cue < 0) {
            return false;
        }
        int[] subj = subjects.subjectBefore(cue, ns);
        if (subj == null || subj[0] != ns || subj[1] >= cue) {
            return false;
        }
        Speaker sp = resolver.resolve(subj[0], subj[1]);
        if (sp == null || sp.name() == null) {
            return false;
        }
        if (toks.get(cue).sent == c.si) {
            c.memory.usedCues.add(cue); // the frame's verb reports this quote, no clause of its own
        }
        return direct(c, sp, 0.6, cue);
    }

    /** The verb of saying of a sentence that is only a frame (subject, verb, a short adjunct), or -1. */
    private int frameCue(int ns, int ne) {
        int cue = -1;
        for (int k = ns; k <= ne; k++) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || t.low.equals("that")) {
                return -1;
            }
            if (cue < 0 && cueLex.isCueTok(k)) {
                if (!cueLex.isSpeech(k) || cueLex.isParticiple(k) || cueLex.isAccording(k)) {
                    return -1;
                }
                cue = k;
            } else if (cue >= 0 && cueLex.isCueTok(k)) {
                return -1;
            }
        }
        if (cue < 0) {
            return -1;
        }
        int words = 0;
        for (int k = cue + 1; k <= ne; k++) {
            if (toks.get(k).type == WORD) {
                words++;
            }
        }
        if (words == 0) {
            return cue;
        }
        Tok after = toks.get(cue + 1);
        boolean adjunct = after.type == WORD && Lexicon.PREPOSITIONS.contains(after.low);
        return words <= MAX_TAIL_WORDS && (adjunct || TOLD.contains(toks.get(cue).low)) ? cue : -1;
    }

    private boolean onlyPunctuationAfter(int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (toks.get(k).type == WORD) {
                return false;
            }
        }
        return true;
    }
}
