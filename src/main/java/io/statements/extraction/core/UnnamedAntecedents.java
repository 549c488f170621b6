package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule unnamed-speaker-antecedent (session n67e): `The victim's aunt said she hoped ... "...," she said`, `A
 * neighbour, who asked not to be named, says she heard ... "...," she says`: a `he`/`she` right after a statement by
 * one unnamed person (a kin word, a neighbour, a woman) continues that person, not a person named further back. In a
 * story about a death the named woman is most often the victim, about whom the relative speaks; the old fallback to
 * the last person named gave the victim the relative's words. Only when no person is named after the description
 * (its own possessor, `the victim's`, is inside it), the description's head is one singular person noun, its gender
 * (by the noun) does not clash with the pronoun's, it spoke in the same or the previous paragraph, and it introduces
 * someone (`a`, `one of`, `another`, a named person's `X's aunt`, `the woman`; not `the father of ...` nor an essayist's `my ...`).
 */
final class UnnamedAntecedents {
    private UnnamedAntecedents() {
    }

    private static final Set<String> FEMALE = Lexicon.words("""
            mother mum mom daughter sister wife aunt niece grandmother granddaughter woman girl widow girlfriend
            stepmother fiancee""");
    private static final Set<String> MALE = Lexicon.words("""
            father dad son brother husband uncle nephew grandfather grandson man boy widower boyfriend stepfather
            fiance""");
    /** `said the woman, who asked not to be named`: the bare nouns a reporter uses for a person left unnamed. */
    private static final Set<String> WITHHELD = Lexicon.words("woman man");
    private static final Set<String> EITHER = Lexicon.words("""
            neighbour neighbor relative cousin friend resident witness survivor passenger parent sibling colleague
            classmate villager bystander kin""");

    /** The unnamed last speaker {@code prev} when the pronoun continues it, else {@code fallback}. */
    static Speaker or(Doc d, Speaker prev, int lastPersonPos, char want, int ms, int me, String mention, Speaker fallback) {
        if (prev == null || prev.name() == null || prev.kind() != SpeakerKind.GROUP && prev.kind() != SpeakerKind.ANONYMOUS
                || lastPersonPos >= prev.me() || ms - prev.ms() > 1500 || prev.ms() >= ms) {
            return fallback;
        }
        if (d.toks.get(d.tokenAt(ms)).para - d.toks.get(d.tokenAt(prev.ms())).para > 1) {
            return fallback;
        }
        String said = prev.mention() == null ? "" : Lexicon.lower(prev.mention());
        String head = head(Lexicon.lower(prev.name()));
        if (said.startsWith("my ") || said.startsWith("our ") || said.startsWith("the ") && !WITHHELD.contains(head)) {
            // an essayist's `my mother`, whom the essay names itself (`my parents, X and Y Roe`); `the father of the
            // boy` may be a person named before (PronounTopicRulesTest); `the woman` is someone whose name is withheld
            return fallback;
        }
        if (head.endsWith("s") && prev.mention() != null && oneOf(Lexicon.lower(prev.mention()))) {
            head = head.substring(0, head.length() - 1); // `One of the daughters told ...`: one daughter
        }
        boolean fits = want == 'F' ? FEMALE.contains(head) : MALE.contains(head);
        return fits || EITHER.contains(head) ? new Speaker(ms, me, mention, prev.name(), prev.kind(), null) : fallback;
    }

    private static boolean oneOf(String mention) {
        return mention.startsWith("one of ") || mention.startsWith("another of ");
    }

    /** The head noun of a description: its last word before `of`, `who` or a comma (`neighbour of the family`). */
    static String head(String name) {
        int end = name.length();
        for (String stop : new String[]{" of ", " who", ",", " from "}) {
            int i = name.indexOf(stop);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        String np = name.substring(0, end).trim();
        return np.substring(np.lastIndexOf(' ') + 1);
    }
}
