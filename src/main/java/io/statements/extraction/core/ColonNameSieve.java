package io.statements.extraction.core;

/**
 * `The timing of the vote does not surprise Labour pollster Ida Berg: "..."`: a quote right after a colon that closes on a
 * person's name, with no cue before it in the sentence, is that person's (the sentence's subject is what the quote
 * is about). Runs before the sentence-subject sieve. Session n49b: a comma for the colon before whole sentences.
 */
final class ColonNameSieve extends Rules implements QuoteSieve {

    ColonNameSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "colon-name";
    }

    /**
     * Rule comma-name-quote (session n49b): `Based on the harbour logbooks, Belfort prosecutor Anton Riel, "The ferry
     * left port overloaded. ..."`: a comma after the name stands for the colon when the quote is whole sentences (a capital first,
     * six words or more) that close the sentence; never a short or lower-case quote after a name (`Tom Reyes, "a man of
     * the people,"`, a nickname, a title), which describes the person.
     */
    private boolean commaBeforeSentence(QuoteCandidate c, int comma) {
        Tok first = c.q.open + 1 < toks.size() ? toks.get(c.q.open + 1) : null;
        return toks.get(comma).text.equals(",") && first != null && first.type == Tok.WORD && first.cap
                && c.words >= 6 && !c.endsComma && c.q.close > 0;
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int colon = c.q.open - 1;
        if (c.startsSentence || colon - 2 < c.ss || !toks.get(colon).text.equals(":") && !commaBeforeSentence(c, colon)) {
            return false;
        }
        for (int m = c.ss; m < colon; m++) {
            if (toks.get(m).qrole != Tok.OUT || cueLex.isCueTok(m)) {
                return false; // a cue or another quote: the cue sieves' sentence
            }
        }
        int[] run = d.names.lastCapRun(colon - 1, colon - 1);
        run = run == null ? null : d.names.lastCapRun(Math.max(c.ss, colon - 6), colon - 1);
        if (run == null || run[1] != colon - 1 || run[0] == c.ss) {
            return false; // `Transcript follows:`, or the name is the sentence's subject (colon-label's)
        }
        for (int m = run[0] - 1; m >= c.ss && m >= run[0] - 4; m--) {
            if (Lexicon.PREPOSITIONS.contains(toks.get(m).low)) {
                return false; // `delivered a blunt message to Mayor Ann Holt: "..."`: the one addressed, not the speaker
            }
        }
        Speaker sp = resolver.resolve(run[0], run[1]);
        if (sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null || !sp.name().contains(" ")) {
            return false;
        }
        c.st.decide(sp, StatementKind.DIRECT, d.newGroup(), 0.6);
        return true;
    }
}
