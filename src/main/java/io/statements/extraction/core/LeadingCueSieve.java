package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

/**
 * `X said: "..."`, `X said the plan was a "disaster"`: the nearest cue before the quote in its sentence, with the
 * outer attribution of nested ones (`Ditto said she expects "..."`), `what he called "..."` going to the main
 * clause's subject, participles and coordinated verbs.
 */
final class LeadingCueSieve extends Rules implements QuoteSieve {

    private final AdjunctPronounSpeaker adjunct;

    LeadingCueSieve(Doc d) {
        super(d);
        this.adjunct = new AdjunctPronounSpeaker(d);
    }

    @Override
    public String name() {
        return "leading-cue";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int cue = -1;
        for (int m = c.q.open - 1; m >= c.ss; m--) {
            // a verb that attributes only after a quote (`"A," she elaborated, "B."`) also heads the piece after it
            if (toks.get(m).qrole == OUT && (cueLex.isCueTok(m) || !c.memory.usedCues.isEmpty() && c.memory.usedCues.contains(m))) {
                cue = m;
                break;
            }
        }
        if (cue < 0 || inOpeningSubordinate(c, cue)) {
            return false;
        }
        var cueSpeaker = c.memory.cueSpeaker;
        if (!cueSpeaker.containsKey(cue)) {
            int outer = complements.outerCue(cue, c.ss, c.se);
            int pronoun = outer != cue ? adjunct.pronoun(cue, c.ss) : -1;
            Speaker outerSpeaker = pronoun < 0 ? null
                    : cueSpeaker.containsKey(outer) ? cueSpeaker.get(outer) : adjunct.outerSpeaker(outer, c.ss);
            if (outerSpeaker != null) {
                c.outerSpeaker = adjunct.through(pronoun, outerSpeaker); // `, which he called "..."`: his own cue
            } else if (outer != cue && cueSpeaker.containsKey(outer)) {
                c.outerSpeaker = cueSpeaker.get(outer); // keep the quotes apart, but with that speaker
            } else {
                cue = outer;
            }
        }
        if (c.outerSpeaker == null && !cueSpeaker.containsKey(cue) && cueLex.isRelativeCharacterisation(cue)) {
            // `Ban Ki-moon condemned what he called a "brazen breach"`: the main clause's subject
            int[] main = clauses.sentenceSubject(c.ss, cue - 1);
            if (main != null && main[1] < cue - 2) {
                c.outerSpeaker = resolver.resolve(main[0], main[1]);
            }
        }
        c.cue = cue;
        if (cueSpeaker.containsKey(cue)) {
            c.subj = null;
        } else if (cueLex.isAccording(cue)) {
            c.subj = complements.accordingNP(cue, c.se);
        } else if (cueLex.isParticiple(cue)) {
            Tok before = toks.get(cue - 1);
            if (cue - 1 > c.ss && before.type == WORD && before.qrole == OUT && before.cap
                    && !Lexicon.TIME_WORDS.contains(before.low) && !toks.get(cue - 2).text.equals(",")) {
                c.subj = subjects.npEndingAt(cue - 1, c.ss); // `footage of Hillary Clinton asking, "..."`
            } else if (cue - 1 >= c.ss && before.type == WORD && Words.contractedPronoun(before.low) != null) {
                c.subj = new int[]{cue - 1, cue - 1}; // `he's predicting that ...`: a progressive, its subject in it
            }
            c.coordinated = c.subj == null;
        } else {
            int[] subj = subjects.subjectBefore(cue, c.ss);
            if (subj == null && subjects.refusalHost(cue, c.ss)) {
                subj = new int[]{-1, -1}; // `X refused to say whether it was "dead"`: the subject of the refusal
            }
            if (subj != null && subj[0] < 0) {
                c.coordinated = true;
                subj = null;
            }
            if (subj == null && !c.coordinated && cueLex.isSpeech(cue)) {
                int[] inv = inverted.subjectAfter(cue, c.se);
                // `said Mayor X: "..."` is inverted; `said the president "offered ..."` is the clause's subject
                if (inv != null && inv[1] + 1 < c.q.open && toks.get(inv[1] + 1).type == PUNCT) {
                    subj = inv;
                }
            }
            c.subj = subj;
        }
        return true;
    }

    /**
     * `When Trump suggested that Cuba would sue, Rubio fired back: "..."`, `After Brown criticized him, Hillary shot
     * back, "..."`: the cue is in a subordinate clause opening the sentence and the quote in the main clause after
     * it, which has a subject of its own; the cue is not the quote's (later sieves take the main clause's subject).
     */
    private boolean inOpeningSubordinate(QuoteCandidate c, int cue) {
        Tok first = toks.get(c.ss);
        if (first.type != WORD || !Words.SUBORDINATORS.contains(first.low) || first.low.equals("as")) {
            return false;
        }
        for (int m = cue + 1; m < c.q.open; m++) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || cueLex.isCueTok(m)) {
                return false;
            }
            if (t.text.equals(",")) {
                int[] main = clauses.sentenceSubject(c.ss, c.q.open - 1);
                return main != null && main[0] > m && main[1] < c.q.open - 1;
            }
        }
        return false;
    }
}
