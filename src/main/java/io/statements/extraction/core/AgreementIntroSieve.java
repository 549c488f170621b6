package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule agreement-intro (session names28): `"A," said Tom Reyes. Harbour analyst Ida Berg agreed. "B."`: a sentence
 * that is only a subject and a verb of (dis)agreeing or answering introduces the cue-less quote opening the next
 * sentence; it is that subject's, not a continuation of the speaker before (who had it).
 */
final class AgreementIntroSieve extends Rules implements QuoteSieve {

    /** Verbs that report a reaction without a complement of their own; the quote after gives it. */
    private static final Set<String> INTRO_VERBS = Lexicon.words("""
            agreed agrees disagreed disagrees concurred concurs dissented demurred objected countered responded
            replied explained elaborated""");

    AgreementIntroSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "agreement-intro";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        if (!c.startsSentence || c.si == 0) {
            return false;
        }
        int ps = d.sentStart[c.si - 1], pe = d.sentEnd[c.si - 1];
        if (!toks.get(pe).text.equals(".") || toks.get(d.sentStart[c.si]).para - toks.get(pe).para > 1) {
            return false;
        }
        int verb = pe - 1;
        if (verb > ps && toks.get(verb).low.endsWith("ly")) {
            verb--; // `Berg agreed wholeheartedly.`
        }
        if (verb <= ps || !INTRO_VERBS.contains(toks.get(verb).low)) {
            return false;
        }
        for (int m = ps; m < pe; m++) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.type == PUNCT && !t.text.equals(".") || m < verb && cueLex.isCueTok(m)) {
                return false; // a clause of its own, an aside or a quote: not a bare introduction
            }
        }
        int[] subj = subjects.subjectBefore(verb, ps);
        Speaker sp = subj != null && subj[0] >= ps ? resolver.resolve(subj[0], subj[1]) : null;
        if (sp == null || sp.name() == null
                || sp.kind() != SpeakerKind.PERSON && sp.kind() != SpeakerKind.ORGANIZATION) {
            return false;
        }
        return direct(c, sp, 0.7, verb);
    }
}
