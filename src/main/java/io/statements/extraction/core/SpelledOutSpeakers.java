package io.statements.extraction.core;

/**
 * Mentions whose own words give the speaker ({@link SpeakerResolver}): an office's holder run into a name (`DGP
 * Rawal`, `Musa Bello the spokesman`, `the CEO of X`), `the latter`, an indefinite `Several`; and, after the polls,
 * a quantified group (`Six in 10 voters`), a joint appositive pair, a long title before its name and an appositive
 * name (`the mayor, Anna Holt`).
 */
final class SpelledOutSpeakers {
    private final Doc d;
    private final SpeakerResolver resolver;
    private final QuantifiedSubjects shares;
    private final LongTitleNames longTitles;
    private final TitleAppositives appositives;

    SpelledOutSpeakers(Doc d, SpeakerResolver resolver, QuantifiedSubjects shares, LongTitleNames longTitles,
            TitleAppositives appositives) {
        this.d = d;
        this.resolver = resolver;
        this.shares = shares;
        this.longTitles = longTitles;
        this.appositives = appositives;
    }

    /** An office's holder, the latter of two named, or nobody for `Several said`; null when none of these. */
    Speaker holderOrNobody(int a, int b, int ms, int me, String mention) {
        String unpunctuated = OfficeInitials.holder(d, a, b); // n55a: `DGP Rawal`, `the CJN`: the office's holder
        // `Musa Bello the spokesman`
        unpunctuated = unpunctuated != null ? unpunctuated : UnpunctuatedAppositives.person(d, a);
        // lead49: `the CEO of X`
        unpunctuated = unpunctuated != null ? unpunctuated : OfficeOfOrgTopics.person(d, a, b);
        if (unpunctuated != null) {
            return new Speaker(ms, me, mention, unpunctuated, SpeakerKind.PERSON, null);
        }
        if (FormerLatter.is(d.toks, a, b)) { // names42: `the latter said`: the second of the two just named together
            return new Speaker(ms, me, mention, FormerLatter.person(d, a, b), SpeakerKind.PERSON, null);
        }
        if (a == b && Lexicon.INDEFINITE_SUBJECTS.contains(d.toks.get(a).low)) {
            return new Speaker(ms, me, mention, null, SpeakerKind.GROUP, null); // `Several said`: nobody named
        }
        return null;
    }

    /** A quantified group, a joint pair, a long title's person or an appositive's name; null when none. */
    Speaker groupOrNamed(int a, int b, int ms, int me, String mention) {
        Speaker share = QuantifiedPlurals.or(d, a, b,
                OneOfNamedMembers.or(d, resolver, a, b, shares.speaker(a, b, d.s))); // n56a, n67a
        if (share != null) {
            return share; // `Six in 10 voters`, `Many of her supporters`: a group, never a person named `Six`
        }
        String pair = JointAppositives.pair(d, a, b); // n66d: `the leader and deputy leader, A and B`: both
        if (pair != null) {
            return new Speaker(ms, me, mention, pair, SpeakerKind.GROUP, null);
        }
        int titled = longTitles.nameStart(a, b);
        if (titled > 0) { // `Deputy Minister for Water of the Eastern Province Lena Okafor`: the person
            return new Speaker(ms, me, mention, LongTitleNames.name(titled, b, d.names), SpeakerKind.PERSON, null);
        }
        Name appositive = appositives.named(a, b);
        if (appositive != null) { // `the mayor, Anna Holt`, `The steel maker, Salzgitter AG,`
            return new Speaker(ms, me, mention, appositive.canonical, appositive.kind, null);
        }
        return null;
    }
}
