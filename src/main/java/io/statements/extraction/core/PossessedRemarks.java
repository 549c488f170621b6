package io.statements.extraction.core;

import java.util.Set;

/**
 * `over her remark that "..."`, `after his March comment that, "..."`, `in the agency's words, "..."`: a cue-less quote
 * right after a noun of saying owned by someone is that owner's, not the sentence subject's (`Albright fanned
 * controversy over her remark that "..."` is hers; `The union is unlikely to back Clinton after her comment that "..."`
 * is Clinton's, not the union's).
 */
final class PossessedRemarks {

    private static final Set<String> SPEECH_NOUNS = Lexicon.words("""
            remark remarks comment comments claim claims assertion statement statements promise pledge words warning
            argument contention insistence suggestion vow charge accusation declaration admission prediction quip
            retort complaint assurance boast threat""");
    private static final Set<String> POSSESSIVE_PRONOUNS = Lexicon.words("his her their its");

    private final Doc d;

    PossessedRemarks(Doc d) {
        this.d = d;
    }

    /**
     * The owner of the noun of saying right before the quote opening at open, or null. A possessive pronoun is the
     * sentence's subject when that is a person of the pronoun's gender (`Albright fanned controversy over her remark`),
     * else whom the pronoun resolves to.
     */
    Speaker owner(int open, int ss, Speaker subject) {
        int k = open - 1;
        if (k > ss && d.toks.get(k).text.equals(",")) {
            k--;
        }
        if (k > ss && d.toks.get(k).low.equals("that")) {
            k--;
        }
        if (k <= ss || !SPEECH_NOUNS.contains(d.toks.get(k).low) || d.toks.get(k).qrole != Tok.OUT) {
            return null;
        }
        return nounOwner(k, ss, subject);
    }

    /**
     * The owner of the noun of saying at k: `his`, `her`, `their`, `its` or a name's possessive up to three words
     * before it, or null (session n52e: also a noun a few words before a short quote, `Kell's claim that "..."`).
     */
    Speaker nounOwner(int k, int ss, Speaker subject) {
        for (int m = k - 1; m >= ss && k - m <= 3; m--) {
            Tok t = d.toks.get(m);
            if (t.type != Tok.WORD || t.qrole != Tok.OUT) {
                return null;
            }
            if (POSSESSIVE_PRONOUNS.contains(t.low)) {
                boolean person = t.low.equals("his") || t.low.equals("her");
                if (person && subject != null && subject.kind() == SpeakerKind.PERSON && subject.name() != null
                        && !d.genders.conflicts(subject.name(), t.low.equals("his") ? 'M' : 'F')) {
                    return new Speaker(t.s, t.e, t.text, subject.name(), subject.kind(), subject.channel());
                }
                return d.resolver.resolvePossessivePronoun(m);
            }
            if (t.cap && (t.low.endsWith("'s") || t.low.endsWith("\u2019s"))) {
                int[] np = d.subjects.npEndingAt(m, ss);
                return np == null ? null : d.resolver.resolve(np[0], np[1]);
            }
        }
        return null;
    }
}
