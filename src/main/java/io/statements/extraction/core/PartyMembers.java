package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Party words in names (session names27). Rule party-member-description: a capitalised run that ends in a party member's noun
 * (`a Jupiter Democrat`, `the Wisconsin Republican`, `an influential Hispanic Republican`, `a Republican`) describes
 * a person, it is nobody's name: no surname is `Democrat`. Recorded as a name it became the antecedent of the next
 * `he` (`Ann Cole, a Harbor Democrat who ... He said` went to `Harbor Democrat`) and the full name of the last name
 * `Democrat`.
 */
final class PartyMembers {

    private static final Set<String> MEMBER_NOUNS = Lexicon.words("republican democrat");

    /**
     * Rule party-member-antecedent: `the Wisconsin Republican`, `the Republican` (`the`, at most two capitalised
     * words, a party member's noun) that no tie or topic explains stands, like `the candidate`, for the person who
     * spoke last or whom the sentence before is about ({@link DefiniteDescriptions#antecedent}).
     */
    static boolean definite(List<Tok> toks, int a, int end) {
        if (end - a < 1 || end - a > 3 || !toks.get(a).low.equals("the") || !MEMBER_NOUNS.contains(toks.get(end).low)) {
            return false;
        }
        for (int k = a + 1; k <= end; k++) {
            if (toks.get(k).type != Tok.WORD || !toks.get(k).cap) {
                return false; // `the lifelong Republican`, `the party's Democrat`: not only a place and the party
            }
        }
        return true;
    }

    /** Party adjectives that open a group's description (`Democratic leaders`, `Republican politicians`). */
    private static final Set<String> PARTY_ADJECTIVES = Lexicon.words("democratic republican gop");

    private PartyMembers() {
    }

    /** Plural nouns for people that a capitalised modifier opening a subject describes (`Opposition senators`). */
    private static final Set<String> PEOPLE_PLURALS = Lexicon.words("""
            senators lawmakers legislators leaders officials residents protesters activists ministers governors
            councillors councilors delegates opponents critics campaigners
            trustees teachers parents nurses doctors workers students members families relatives survivors witnesses
            villagers farmers miners fans voters employees neighbours neighbors passengers shareholders investors
            analysts lawyers officers soldiers citizens locals athletes players""");
    // n66c: a sentence's capitalised first word before any plural noun for people is its modifier (`Fired trustees
    // are calling`, `Retired nurses say`): the subject was the participle alone, a person called `Fired`

    /**
     * Rule modifier-plural-subject (session names45): `Opposition senators on Saturday marked ..., asserting that
     * it was "..."`, `Minority senators`, `Church leaders`: a capitalised word opening a subject before a plural noun
     * for people is its modifier, as `Democratic` is in `Democratic leaders` (the subject was the capitalised word
     * alone, a person `Minority`).
     */
    static boolean isModifierOfPeople(java.util.List<Tok> toks, int i, int limit) {
        Tok t = toks.get(i);
        if (!t.cap || i + 1 > limit) {
            return false;
        }
        Tok next = toks.get(i + 1);
        return !next.cap && next.type == Tok.WORD && PEOPLE_PLURALS.contains(next.low) && next.qrole == Tok.OUT
                && t.type == Tok.WORD && !PersonGenders.isFirstName(t.low);
    }

    /**
     * Rule party-adjective-subject (session names27): a capitalised party adjective opening a subject (`Democratic
     * leaders are sounding an alarm`, `Republican presidential front-runner Tom Reyes is insisting`) goes on over
     * the lower-case words after it, as after a determiner: alone it named the speaker `Democratic`, `Republican`.
     */
    static boolean isGroupAdjective(Tok t) {
        return t.type == Tok.WORD && t.cap && PARTY_ADJECTIVES.contains(t.low);
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
