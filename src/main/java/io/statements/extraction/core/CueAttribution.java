package io.statements.extraction.core;

/**
 * Completes a quote whose cue a cue sieve found: its speaker (from the subject, the cue's earlier speaker, or for a
 * participle or coordinated verb the subject it hangs on), the attribution group of the cue, and kind and clause.
 */
final class CueAttribution extends Rules {

    private final CoordinatedSpeech coordinatedSpeech;
    private final InterruptedClause interrupted;
    private final AdjunctPronounSpeaker adjunct;
    private final PostposedCueParticiples postposed;

    CueAttribution(Doc d) {
        super(d);
        this.coordinatedSpeech = new CoordinatedSpeech(d);
        this.interrupted = new InterruptedClause(d);
        this.adjunct = new AdjunctPronounSpeaker(d);
        this.postposed = new PostposedCueParticiples(d);
    }

    void complete(QuoteCandidate c) {
        Stmt st = c.st;
        int cue = c.cue;
        Speaker sp = throughClausePronoun(c, speaker(c));
        st.cueS = toks.get(cue).s;
        st.cueE = cueLex.isAccording(cue) ? toks.get(cue + 1).e : toks.get(cue).e;
        st.group = c.memory.cueGroup.computeIfAbsent(cue, x -> d.newGroup());
        if (sp != null) {
            c.memory.cueSpeaker.put(cue, sp);
        }
        c.memory.usedCues.add(cue);
        if (c.post) {
            kindAfterQuote(c);
        } else {
            kindBeforeQuote(c);
        }
        st.conf = (cueLex.isSpeech(cue) || cueLex.isAccording(cue) ? 0.9 : 0.7)
                * (sp == null || sp.name() == null ? 0.6 : 1.0);
        st.sp = sp;
    }

    /**
     * A participle hanging on a clause whose subject is a pronoun (`..., though he used stronger language, saying`)
     * shows that pronoun as the mention; the name stays the speaker found, whom it stands for when the kinds agree.
     */
    private Speaker throughClausePronoun(QuoteCandidate c, Speaker sp) {
        if (c.outerSpeaker != null || c.memory.cueSpeaker.containsKey(c.cue) || !c.coordinated) {
            return sp;
        }
        int p = adjunct.participlePronoun(c.cue, c.ss);
        if (p < 0 || sp != null && sp.me() > toks.get(p).s) {
            return sp;
        }
        boolean person = toks.get(p).low.equals("he") || toks.get(p).low.equals("she");
        if (sp != null && sp.name() != null && (sp.kind() == SpeakerKind.PERSON) == person) {
            return adjunct.through(p, sp);
        }
        return resolver.resolve(p, p);
    }

    private Speaker speaker(QuoteCandidate c) {
        int cue = c.cue;
        if (c.outerSpeaker != null) {
            return c.outerSpeaker;
        }
        if (c.memory.cueSpeaker.containsKey(cue)) {
            return c.memory.cueSpeaker.get(cue);
        }
        if (c.subj != null) { // n65d: `"...," the officer added` after a named voice: that person
            Speaker sp = resolver.resolveSubject(c.subj);
            // n74b: `the EU official` after the words of `EU foreign policy chief X`: X
            return c.subj.length == 2 ? BodyOfficialContinuations.speaker(d, c.subj[0], c.subj[1],
                    ContinuingDescriptions.speaker(d, cue, c.subj[0], c.subj[1], sp)) : sp;
        }
        if (!c.coordinated) {
            return null;
        }
        // participle or coordinated verb: the subordinate clause's subject, an earlier quote's speaker, the sentence's
        int[] after = cueLex.isParticiple(cue) ? postposed.subject(cue, c.ss) : null;
        if (after != null) {
            return resolver.resolveSubject(after); // `CLAUSE, Berg said, adding, "..."`: the postposed speaker
        }
        Speaker earlier = null;
        for (Integer c2 : c.memory.cueSpeaker.keySet()) {
            if (c2 < cue) {
                earlier = c.memory.cueSpeaker.get(c2);
            }
        }
        int[] sub = d.verbSubjects.subordinateSubject(cue, c.ss);
        if (sub != null) {
            return resolver.resolve(sub[0], sub[1]);
        }
        if (earlier != null) {
            return earlier;
        }
        int[] shared = coordinatedSpeech.sharedSubject(cue, c.ss);
        if (shared != null) {
            return resolver.resolveSubject(shared);
        }
        int[] ssub = d.verbSubjects.coordinatedSubject(cue, c.ss, c.se, c.qEndTok);
        if (ssub == null && cue == c.ss && cueLex.isParticiple(cue) && d.lastGroupSent == c.si - 1) {
            return d.lastGroupSpeaker; // `X stated that ... Adding, "..."`: the speaker of the sentence before
        }
        ssub = ssub == null ? HostVerbSubjects.of(d, cue, c.ss) : ssub; // n73d: `In X she denied it, adding`
        Speaker main = ssub == null ? null : resolver.resolve(ssub[0], ssub[1]);
        if (cueLex.isParticiple(cue) && SubordinateParticiples.mainCannotSpeak(toks, ssub, main)) {
            Speaker sub2 = SubordinateParticiples.subject(d, cue, c.ss); // n52c: `That came after X did Y, saying`
            return sub2 != null ? sub2 : main;
        }
        return main;
    }

    /** `"...," X said`: DIRECT when the quote opens its sentence, else PARTIAL inside the sentence's clause. */
    private void kindAfterQuote(QuoteCandidate c) {
        Stmt st = c.st;
        Quote q = c.q;
        if (c.subj != null && c.subj[0] > c.qEndTok + 3 && toks.get(c.subj[0] - 1).text.equals(",")) {
            st.kind = StatementKind.PARTIAL;
            st.ls = toks.get(c.ss).s;
            st.le = Math.max(q.ce, toks.get(c.subj[0] - 2).e);
        } else if (c.subj != null && c.subj[0] > c.cue && c.cue > c.qEndTok + 3
                && toks.get(c.cue - 1).text.equals(",")) {
            st.kind = StatementKind.PARTIAL; // `"A" if she loses, said X`: the clause up to the comma
            st.ls = toks.get(c.ss).s;
            st.le = Math.max(q.ce, toks.get(c.cue - 2).e);
        } else if (c.startsSentence || toks.get(q.open - 1).text.equals(":")) {
            st.kind = StatementKind.DIRECT;
        } else {
            st.kind = StatementKind.PARTIAL;
            st.ls = toks.get(c.ss).s;
        }
    }

    /** `X said: "..."` is DIRECT; `X said the plan was a "disaster"` PARTIAL with its reported clause. */
    private void kindBeforeQuote(QuoteCandidate c) {
        Stmt st = c.st;
        Quote q = c.q;
        int cue = c.cue;
        int from = cueLex.isAccording(cue) ? -1 : complements.complementStart(cue, cue, c.se);
        if (cueLex.isAccording(cue)) {
            int[] np = complements.accordingNP(cue, c.se);
            int afterNp = np == null ? cue + 2 : np[1] + 1;
            if (afterNp <= c.se && toks.get(afterNp).text.equals(",")) {
                afterNp++;
            }
            from = afterNp <= q.open ? afterNp : q.open;
            if (cue > c.ss + 2) {
                from = c.ss; // "X, according to Y" with the quote before
            }
        }
        if (from >= 0 && from == q.open && Character.isUpperCase(c.firstLetter(s))) {
            st.kind = StatementKind.DIRECT;
        } else if (from >= 0 && from <= q.open) {
            st.kind = StatementKind.PARTIAL;
            st.ls = toks.get(interrupted.start(c, whatStart(cue, from))).s;
            int end = complements.complementEnd(from, c.se);
            if (end >= 0 && toks.get(end).e >= q.ce) {
                st.le = toks.get(end).e;
            }
        } else {
            st.kind = c.words >= 8 && Character.isUpperCase(c.firstLetter(s)) ? StatementKind.DIRECT
                    : StatementKind.PARTIAL;
        }
    }

    /** `what she called a "reckless gamble"`: the characterisation's clause starts at `what`, as PolNeAR marks it. */
    private int whatStart(int cue, int from) {
        if (!cueLex.isRelativeCharacterisation(cue)) {
            return from;
        }
        for (int m = cue - 1; m >= 0 && cue - m <= 6; m--) {
            if (toks.get(m).low.equals("what")) {
                return m;
            }
        }
        return from;
    }
}
