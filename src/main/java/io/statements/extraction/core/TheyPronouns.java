package io.statements.extraction.core;

/**
 * Pronoun family `they` ({@link PronounResolver}): the person of `He and his wife`, else the people the sentence
 * before names together, else the last speaker that is no person (an organisation, a group), else the group of
 * people described before it.
 */
final class TheyPronouns {
    private final Doc d;
    private final PronounResolver pronouns;
    private final PronounSubjects subjects;
    private final GroupAntecedents groups;
    private final TheyOwnSubjects ownSubjects;

    TheyPronouns(Doc d, PronounResolver pronouns, PronounSubjects subjects, GroupAntecedents groups,
            TheyOwnSubjects ownSubjects) {
        this.d = d;
        this.pronouns = pronouns;
        this.subjects = subjects;
        this.groups = groups;
        this.ownSubjects = ownSubjects;
    }

    /** `they` at [ms, me); {@code prev} the last speaker before it. */
    Speaker resolve(int ms, int me, String mention, Speaker prev) {
        Speaker couple = pronounAndPartner(ms, me, mention);
        if (couple != null) {
            return couple; // `He and his wife drove up since they hoped to prove that "..."`: him
        }
        int[] pair = CoordinatedNames.sentenceSubjectPair(d, subjects.previousSentence(ms));
        if (pair != null && (prev == null || d.toks.get(pair[0]).s > prev.ms())) {
            // `Tom Reyes and Ida Berg spoke to reporters. They said`: the people just named together
            String together = d.s.substring(d.toks.get(pair[0]).s, d.toks.get(pair[1]).e);
            return new Speaker(ms, me, mention, together, SpeakerKind.GROUP, null);
        }
        Speaker own = ownSubjects.speaker(ms, me, mention, prev);
        if (own != null) {
            return own; // n75d: `Police and fire crews released a statement in which they said`: them
        }
        if (prev != null && prev.kind() != SpeakerKind.PERSON && !Lexicon.isRegion(prev.name())) {
            return new Speaker(ms, me, mention, prev.name(), prev.kind(), null);
        }
        String group = groups.antecedent(d.tokenAt(ms), subjects.sentenceAt(ms),
                subjects.previousSentence(ms)); // `Aides ...`: the people described before it
        return new Speaker(ms, me, mention, group, SpeakerKind.GROUP, null);
    }

    /**
     * Rule pronoun-and-partner (session names22): `they` inside a sentence whose subject is `He and his partner` (`She
     * and her husband`) is that pronoun's person, the one the article named (PolNeAR's source is the pair; the pair is
     * his and his partner's). Only the pronoun opening the sentence, `and`, the matching possessive and a noun.
     */
    private Speaker pronounAndPartner(int ms, int me, String mention) {
        int si = subjects.sentenceAt(ms);
        if (si < 0) {
            return null;
        }
        int ss = d.sentStart[si];
        if (ss + 3 > d.sentEnd[si] || d.toks.get(ss + 3).s >= ms) {
            return null;
        }
        String p = d.toks.get(ss).low, possessive = d.toks.get(ss + 2).low;
        Tok noun = d.toks.get(ss + 3);
        if (!(p.equals("he") && possessive.equals("his") || p.equals("she") && possessive.equals("her"))
                || !d.toks.get(ss + 1).low.equals("and") || noun.type != Tok.WORD || noun.cap) {
            return null;
        }
        Speaker sp = pronouns.resolve(p, d.toks.get(ss).s, d.toks.get(ss).e, d.toks.get(ss).text);
        return sp == null || sp.name() == null || sp.kind() != SpeakerKind.PERSON ? null
                : new Speaker(ms, me, mention, sp.name(), SpeakerKind.PERSON, null);
    }
}
