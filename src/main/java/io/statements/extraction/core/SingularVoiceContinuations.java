package io.statements.extraction.core;

import java.util.regex.Pattern;

/**
 * Rule i-not-a-pair (session n62b): `"...," Dr Halamoa told reporters. Premier Ana Ravu and her counterpart Iosefa
 * Matagi said they would help. "We welcome that. I am grateful to both leaders."` A cue-less quote in the first person
 * singular cannot be the joint words of two people named together (`X and Y said they would`): a reader takes it for
 * the last single person who spoke before the pair's sentence, whom the pair's sentence interrupted. Only when the
 * attribution before is such a pair (a GROUP named `X and Y`) reported without a quote of their own (a quote of the
 * pair goes on as theirs, and may cite someone's `me` inside it) and one person spoke at most four sentences before
 * it; otherwise the continuation stays the pair's.
 */
final class SingularVoiceContinuations {
    private SingularVoiceContinuations() {
    }

    /** `I`, `I'm`, `I've`, `me`, `my`, `myself` as words (not `I.` of a name's initial: a capital I alone). */
    private static final Pattern FIRST_SINGULAR = Pattern.compile("(?<![\\w.])(I|I['’](m|ve|ll|d)|me|my|myself)(?![\\w.])");

    /** Sentences before the pair's within which the single speaker must have spoken. */
    private static final int REACH = 4;

    /** The single speaker the quote [cs, ce] continues instead of the pair {@code pair}, or null. */
    static Speaker individualBefore(Doc d, Speaker pair, int pairSent, int cs, int ce) {
        if (pair == null || pair.kind() != SpeakerKind.GROUP || pair.name() == null || !pair.name().contains(" and ")
                || !FIRST_SINGULAR.matcher(d.s.substring(cs, ce)).find()) {
            return null;
        }
        for (int k = d.out.size() - 1; k >= 0; k--) {
            Stmt st = d.out.get(k);
            if (st.sent >= pairSent || st.sp == null || pair.name().equals(st.sp.name())) {
                continue;
            }
            if (st.sent < pairSent - REACH) {
                return null;
            }
            Speaker sp = st.sp;
            return sp.kind() == SpeakerKind.PERSON && sp.name() != null && !sp.name().contains(" and ") ? sp : null;
        }
        return null;
    }
}
