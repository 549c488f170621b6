package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule named-before (session n50c): a quote of four words or more opening its sentence, with no cue, right after a
 * sentence that attributed nothing and is about a person named in full, and with no word after it in its sentence, is
 * that person's: the writer turned to them in a frame that is no verb of saying (`Veteran lock X could not hide his
 * disappointment when he spoke to reporters. "It hurts ..."`, `Across the road, the florist X has lost two winters of trade. "I open at seven ..."`), or a
 * crosshead opening with their name stands over the quote paragraph (`X on her rival` then `"..."`). The sentence is
 * the quote's own paragraph's or, for a quote opening its paragraph, the paragraph's before. Not when the quote names
 * that person itself (someone else speaks of them); a speaker of that very name just before is left to the
 * continuation, except across a crosshead.
 */
final class NamedBeforeSieve extends Rules implements QuoteSieve {

    /** Longest crosshead, in tokens. */
    private static final int MAX_HEAD_TOKENS = 12;
    /** Longest leading adjunct before the subject, in tokens. */
    private static final int MAX_ADJUNCT_TOKENS = 6;

    NamedBeforeSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "named-before";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int ps = c.si - 1;
        if (c.words < 4 || !c.startsSentence || ps < 0 || d.lastGroupSent >= ps) {
            return false;
        }
        for (int k = c.qEndTok + 1; k <= c.cse; k++) {
            if (toks.get(k).type == WORD) {
                return false; // words after the quote in its sentence (`"...," 64-year-old X, who ...`): others' rules
            }
        }
        int a = d.sentStart[ps], b = d.sentEnd[ps], para = toks.get(c.q.open).para;
        if (toks.get(a).para == 0 || toks.get(b).text.equals(":")) {
            return false; // the headline: about the story, not its next voice; a colon: the colon-intro's
        }
        boolean opensPara = c.q.open == 0 || toks.get(c.q.open - 1).para != para;
        if (toks.get(b).para != para && !(opensPara && toks.get(b).para == para - 1)) {
            return false;
        }
        for (int k = a; k <= b; k++) {
            if (toks.get(k).qrole != OUT || toks.get(k).type == DQ || cueLex.isCueTok(k)) {
                return false; // a quote or a verb of saying there: the sieves read that sentence already
            }
        }
        Speaker sp = crossheadName(a, b);
        boolean head = sp != null;
        if (sp == null) {
            sp = subjectOf(a, b);
        }
        if (sp == null || !fullName(sp)
                || !head && d.lastGroupSpeaker != null && sp.name().equals(d.lastGroupSpeaker.name())
                || namedInside(c.q, sp.name())) {
            return false;
        }
        c.st.decide(sp, StatementKind.DIRECT, d.newGroup(), 0.5);
        return true;
    }

    /**
     * The person a crosshead opens with (`Priya Raghunathan on her rival`): a short paragraph of its own, with no full
     * stop, whose capitalised words from its start resolve to a person; else null.
     */
    private Speaker crossheadName(int a, int b) {
        if (b - a + 1 > MAX_HEAD_TOKENS || a > 0 && toks.get(a - 1).para == toks.get(a).para
                || b + 1 < toks.size() && toks.get(b + 1).para == toks.get(b).para || Words.isTerminal(toks.get(b))) {
            return null;
        }
        int e = a;
        while (e + 1 <= b && toks.get(e + 1).type == WORD && toks.get(e + 1).cap) {
            e++;
        }
        if (e == a || e == b || !toks.get(a).cap) {
            return null; // one capitalised word, or the whole line a name: no crosshead about a person's topic
        }
        return resolver.resolve(a, e);
    }

    /** The subject of the sentence, read again after a short leading adjunct (`Across the road, X has ...`). */
    private Speaker subjectOf(int a, int b) {
        Speaker sp = subjectFrom(a, a, b);
        for (int k = a + 1; sp == null && k <= Math.min(b - 2, a + MAX_ADJUNCT_TOKENS); k++) {
            if (toks.get(k).text.equals(",")) {
                sp = subjectFrom(a, k + 1, b);
                break;
            }
        }
        return sp;
    }

    private Speaker subjectFrom(int a, int from, int b) {
        int[] subj = clauses.sentenceSubject(from, b);
        Speaker sp = subj == null || subj[0] < a ? null : resolver.resolve(subj[0], subj[1]);
        return sp != null && fullName(sp) ? sp : null;
    }

    /** A person named by two to four capitalised words, the first no preposition (`On July` is a date). */
    private static boolean fullName(Speaker sp) {
        if (sp.kind() != SpeakerKind.PERSON || sp.name() == null) {
            return false;
        }
        String[] w = sp.name().split(" ");
        if (w.length < 2 || w.length > 4 || Lexicon.PREPOSITIONS.contains(w[0].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (String x : w) {
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The quote holds the last word of the person's name: it speaks of them. */
    private boolean namedInside(Quote q, String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        int end = q.close >= 0 ? q.close : q.lastInner;
        for (int k = q.open + 1; k < end; k++) {
            String t = toks.get(k).text;
            if (t.startsWith(last) && (t.length() == last.length() || t.charAt(last.length()) == '\''
                    || t.charAt(last.length()) == '\u2019')) {
                return true;
            }
        }
        return false;
    }
}
