package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

/** `"A" to drive up the price, she said,` and `"A" if ..., said X`: an attribution set off by a comma later in the sentence. */
final class PostposedCueSieve extends Rules implements QuoteSieve {

    private final RelayedReports relayed;

    PostposedCueSieve(Doc d) {
        super(d);
        this.relayed = new RelayedReports(d);
    }

    @Override
    public String name() {
        return "postposed-cue";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int after = c.qEndTok + 1;
        for (int m = after; m <= c.cse && m - after < 40; m++) {
            Tok t = toks.get(m);
            if (t.qrole != OUT) {
                return false;
            }
            if (cueLex.isCueTok(m) && cueLex.isSpeech(m)) {
                int[] sb = subjects.subjectBefore(m, after);
                if (sb == null || sb[0] <= after || !toks.get(sb[0] - 1).text.equals(",")) {
                    sb = modifiedSubject(m, after, c.cse, sb);
                }
                if (sb != null && sb[0] > after && toks.get(sb[0] - 1).text.equals(",")
                        && complements.tailIsAdjunct(m, c.cse)) {
                    if (relayed.relaysOwnSpeaker(c, m, sb)) {
                        c.memory.usedCues.add(m); // ... and is no statement of its own
                        return false; // `Zhao pledged to "A" ..., state media reported.`: the media relay Zhao
                    }
                    c.cue = m;
                    c.subj = sb;
                    c.post = true;
                    return true;
                }
                // lead, session 46: `..., who asked to stay unnamed since ..., told Wire.`: whom one tells is
                // never the speaker (as in the leading cue, names20)
                if (sb == null && m > after + 1 && toks.get(m - 1).text.equals(",")
                        && !Lexicon.ADDRESSEE_VERBS.contains(toks.get(m).low)) {
                    // `"A" if she loses, said X, an analyst.`: the subject follows the cue
                    int[] inv = inverted.subjectAfter(m, c.cse);
                    if (inv != null && complements.tailIsAdjunct(inv[1], c.cse)) {
                        c.cue = m;
                        c.subj = inv;
                        c.post = true;
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Rule postposed-modified-subject (session names37): `The board's "last offer" may be signed this week, a manager
     * involved in drafting it told the Gazette.`: the subject between the comma and the cue has its own modifier,
     * whose last words (`drafting it`) are no subject; the reported-speech sieve reads such a subject the same way when no quote stands
     * in the clause ({@link VerbSubjects#postposedSubject}). Only after a verb no reader takes for a noun.
     */
    private int[] modifiedSubject(int cue, int after, int se, int[] sb) {
        if (!Lexicon.isUnambiguousSpeechVerb(toks.get(cue))) {
            return sb; // `X sounded all her usual notes, praising ...`: `notes` is a noun
        }
        int[] pp = d.verbSubjects.postposedSubject(cue, after, se);
        return pp != null && pp[0] > after ? pp : sb;
    }
}
