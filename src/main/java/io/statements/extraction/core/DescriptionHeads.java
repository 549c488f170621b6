package io.statements.extraction.core;

/**
 * The last lower-case heads ({@link SpeakerResolver}): a person or trade description (`The lawmaker, who
 * represents ..., said`), a body the text described (names41: `the utility`, its `utility Zamlight`; n67b: `the
 * hotel`, its `Silver Fir Hotel`), else the person an epithet describes, of the kind its age words tell.
 */
final class DescriptionHeads {
    private final Doc d;
    private final SpeakerResolver resolver;
    private final PronounResolver pronouns;
    private final DefiniteDescriptions descriptions;
    private final OrgAnaphora orgs;

    DescriptionHeads(Doc d, SpeakerResolver resolver, PronounResolver pronouns, DefiniteDescriptions descriptions,
            OrgAnaphora orgs) {
        this.d = d;
        this.resolver = resolver;
        this.pronouns = pronouns;
        this.descriptions = descriptions;
        this.orgs = orgs;
    }

    /** The speaker of the description [a, end] with head {@code lastLow}; the mention itself when unresolved. */
    Speaker speaker(int a, int end, String lastLow, int ms, int me, String mention) {
        if ((DefiniteDescriptions.PERSON_NOUNS.contains(lastLow) || DefiniteDescriptions.TRADE_NOUNS.contains(lastLow))
                && descriptions.isDescription(a, end)) {
            String meant = descriptions.tradeAntecedent(a, end, ms); // `The lawmaker, who represents ..., said`
            String person = meant != null ? meant : resolver.cleanCommon(a, end);
            return new Speaker(ms, me, mention, person, SpeakerKind.PERSON, null);
        }
        Speaker described = orgs.describedAs(a, end, mention); // names41: `the utility`, the text's `utility Zamlight`
        String full = described == null ? NamedHeadBodies.find(d, a, end, lastLow, ms) : null;
        if (full != null) { // n67b: `the Silver Fir Hotel` ... `the hotel`
            return new Speaker(ms, me, mention, full, SpeakerKind.ORGANIZATION, null);
        }
        SpeakerKind kind = AgeDescriptions.unresolvedKind(d.toks, a, end, lastLow); // names46: `the 34-year-old` of two
        return described != null ? described
                : EpithetTopics.speaker(d, resolver, pronouns, a, end, ms, me, mention, kind);
    }
}
