package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule party-member-description (session names27): a capitalised run that ends in a party member's noun
 * (`a Jupiter Democrat`, `the Wisconsin Republican`, `an influential Hispanic Republican`, `a Republican`) describes
 * a person, it is nobody's name: no surname is `Democrat`. Recorded as a name it became the antecedent of the next
 * `he` (`Ann Cole, a Harbor Democrat who ... He said` went to `Harbor Democrat`) and the full name of the last name
 * `Democrat`.
 */
final class PartyMembers {

    private static final Set<String> MEMBER_NOUNS = Lexicon.words("republican democrat");

    private PartyMembers() {
    }

    /** True for a person's canonical name whose last word is a party member's noun (`Jupiter Democrat`). */
    static boolean isDescription(Name nm) {
        if (nm == null || nm.kind != SpeakerKind.PERSON || nm.canonical == null) {
            return false;
        }
        String c = nm.canonical;
        return MEMBER_NOUNS.contains(Lexicon.lower(c.substring(c.lastIndexOf(' ') + 1)));
    }
}
