package io.statements.extraction.core;

/** `Caddell continued:` closing the paragraph before: it introduces the quote paragraph after it. */
final class ColonIntroSieve extends Rules implements QuoteSieve {

    ColonIntroSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "colon-intro";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int intro = c.startsSentence ? complements.colonIntroCue(c.si) : -1;
        int[] subj = intro >= 0 ? subjects.subjectBefore(intro, d.sentStart[c.si - 1]) : null;
        if (intro >= 0 && intro == d.sentStart[c.si - 1] && cueLex.isSpeech(intro)) {
            subj = inverted.subjectAfter(intro, d.sentEnd[c.si - 1] - 1); // `Stated Stone:`, `Added the mayor:`
        }
        Speaker sp = subj != null && subj[0] >= 0 ? resolver.resolve(subj[0], subj[1]) : null;
        if (sp == null) {
            return false;
        }
        return direct(c, sp, cueLex.isSpeech(intro) ? 0.85 : 0.7, intro);
    }
}
