package io.statements.extraction.core;

/**
 * Rule pronoun-subject-chain (session lead48): `He held on for two more days - against the advice of Treasurer X -
 * before giving way. At the door of his office, he said: "..."`: the sentence before opens with the same pronoun, so
 * this one goes on about the same person, whom that pronoun meant; the person named inside it (`X`) had been taken
 * as the last person.
 */
final class PronounChains {
    private PronounChains() {
    }

    /** The person the same pronoun opening the sentence before stands for, or null. */
    static Speaker previousSameSubject(Doc d, SpeakerResolver resolver, String pronoun, int ms) {
        int k = d.tokenAt(ms);
        int si = k < 0 ? -1 : d.toks.get(k).sent - 1;
        if (si < 0 || d.clauses == null || d.toks.get(d.sentStart[si]).para < d.toks.get(k).para - 1) {
            return null;
        }
        int[] subj = d.clauses.sentenceSubject(d.sentStart[si], d.sentEnd[si]);
        if (subj == null || subj[0] != subj[1] || !d.toks.get(subj[0]).low.equals(pronoun)) {
            return null;
        }
        Speaker sp = resolver.resolve(subj[0], subj[0]);
        return sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null || !sp.name().contains(" ") ? null
                : new Speaker(sp.ms(), sp.me(), sp.mention(), sp.name(), SpeakerKind.PERSON, null);
    }
}
