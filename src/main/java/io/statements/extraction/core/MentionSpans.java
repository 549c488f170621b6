package io.statements.extraction.core;

import java.util.List;

/**
 * The words of a speaker mention's span that are no part of the speaker, trimmed before the resolver reads it: tails
 * after the subject, a mention that stands for another span, and openers before the subject. Each step is its rule
 * family's class; this is only their order, kept out of {@link SpeakerResolver}.
 */
final class MentionSpans {

    private MentionSpans() {
    }

    /** [start, end] of the speaker's words in the mention [a, b]. */
    static int[] trim(NameIndex names, List<Tok> toks, int a, int b) {
        // tails: `The court had in March declared` (n56a), `X, quoted by ...` (n63e), `X earlier in the day` (n72a)
        b = InterposedTimeAdverbials.end(toks, a, QuotedByMedia.end(toks, a, MentionTails.end(toks, a, b)));
        b = NameEdges.beforeParticiple(names, toks, a, b); // n73c: `said X speaking at ...`
        // a mention standing for another span (n72a): `X Y, SC said` is X Y; `X had earlier in the day` is X;
        // `Speaking of ..., X apologised` is X
        int[] moved = NameBoundaries.lettersHolder(names, toks, a, b);
        if (moved == null) {
            moved = InterposedTimeAdverbials.subjectBefore(toks, a, b, ParticipleOpeners.subjectAfter(toks, a, b));
        }
        if (moved != null) {
            a = moved[0];
            b = moved[1];
        }
        // openers: `However,` (n67a), a fronted time word (n61a), a clause opener or time phrase (n72a)
        a = FrontedTimeAdverbials.subjectStart(toks, ConnectiveOpeners.subjectStart(toks, a, b), b);
        return new int[]{InterposedTimeAdverbials.afterOpener(toks, a, b), b};
    }
}
