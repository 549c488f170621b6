package io.statements.extraction.core;

import static io.statements.extraction.core.Words.endsWithPossessive;

/**
 * Rule speaker-over-possessor (session n62b): `"...," Ida Berg told the show, reminding the hosts that her rival has
 * attacked Mayor Ana Holt's record. "...," she said`: a person named only as the possessor of something (`Ana Holt's
 * record`, `Governor Hale's approach`) is no subject and rarely what a later `he`/`she` picks up, while the person who
 * spoke in that very sentence is the one it is about. When the last person named before the pronoun is such a
 * possessor, the person (by name) whose statement stands in the possessor's sentence, known to agree with the pronoun
 * in gender, is the antecedent instead; otherwise the possessor stays. Not for a pronoun in the possessor's own
 * sentence (`X's statement that she had ...` is X's own words).
 */
final class PossessorOverSpeaker {
    private PossessorOverSpeaker() {
    }

    /** The speaker to take instead of {@code last}, named at {@code pos}, for a pronoun of gender {@code want}; else last. */
    static String speakerOver(Doc d, String last, int pos, char want, int ms) {
        if (last == null || pos < 0 || d.toks.isEmpty()) {
            return last;
        }
        int k = d.tokenAt(pos), sent = d.toks.get(k).sent;
        if (d.toks.get(d.tokenAt(ms)).sent == sent) {
            return last; // `Clinton's statement that she had handed back`: the possessor of the words is their speaker
        }
        while (k + 1 < d.toks.size() && d.toks.get(k).type == Tok.WORD && d.toks.get(k).cap && !endsWithPossessive(d.toks.get(k))
                && d.toks.get(k + 1).type == Tok.WORD && d.toks.get(k + 1).cap && d.toks.get(k + 1).sent == sent) {
            k++; // to the name's last word
        }
        if (!endsWithPossessive(d.toks.get(k)) || d.toks.get(k).qrole != Tok.OUT) {
            return last;
        }
        for (int i = d.out.size() - 1; i >= 0; i--) {
            Stmt st = d.out.get(i);
            if (st.sent > sent || st.sp == null) {
                continue;
            }
            if (st.sent < sent) {
                return last;
            }
            Speaker sp = st.sp;
            if (sp.kind() == SpeakerKind.PERSON && sp.name() != null && sp.name().contains(" ") && sp.ms() < pos
                    && !sp.name().equals(last) && !last.endsWith(sp.name())
                    && Character.valueOf(want).equals(d.genders.of(sp.name()))) { // known to agree: a body (`Judicial Watch`) is none
                return sp.name();
            }
        }
        return last;
    }
}
