package io.statements.extraction.core;

import static io.statements.extraction.core.Lexicon.lower;
import static io.statements.extraction.core.Words.endsWithPossessive;

/**
 * Organisation heads ({@link SpeakerResolver}): `His office said` is the office's owner; `the ministry`, `the
 * company`, `his campaign` the body the text named (its own capitalised run, a retold description, an anaphoric
 * antecedent, a place-qualified body), else the words as an organisation.
 */
final class OrganisationHeads {
    private final Doc d;
    private final SpeakerResolver resolver;
    private final OrgAnaphora orgs;
    private final DescribedNames described;

    OrganisationHeads(Doc d, SpeakerResolver resolver, OrgAnaphora orgs, DescribedNames described) {
        this.d = d;
        this.resolver = resolver;
        this.orgs = orgs;
        this.described = described;
    }

    /** Whether the head word {@code lastLow} is an organisation noun (`ministry`, `office`, `campaign`). */
    static boolean applies(String lastLow) {
        return Lexicon.ANAPHORIC_ORG_HEADS.contains(lastLow) || Lexicon.ORG_NOUNS.contains(lastLow);
    }

    /** The speaker of the phrase [a, end] an organisation noun heads; never null. */
    Speaker speaker(int a, int end, String lastLow, int ms, int me, String mention) {
        String officeHolder = orgs.officeOwner(a, end);
        if (officeHolder != null) {
            return new Speaker(ms, me, mention, officeHolder, SpeakerKind.PERSON, null); // `His office said`
        }
        int[] run = d.names.lastCapRun(a, end);
        if (run != null && (run[1] == a && Lexicon.DETERMINERS.contains(d.toks.get(a).low)
                || Demonyms.only(d.toks, run))) {
            // `The ministry said` opening a sentence: its article is no name; n66b: `The Norwegian company`
            run = null;
        }
        if (run != null && !endsWithPossessive(d.toks.get(run[1]))) {
            Name nm = d.names.classify(run[0], run[1]);
            if (nm != null && nm.kind == SpeakerKind.ORGANIZATION && !Lexicon.PLACES.contains(lower(nm.canonical))
                    && !Lexicon.REGIONS.contains(lower(nm.canonical))) {
                return new Speaker(ms, me, mention, nm.canonical, SpeakerKind.ORGANIZATION, null);
            }
        }
        if (run != null) { // n56b: `The Veyland-linked Coastal militant group` retells a body's description
            String retold = described.retoldOr(a, end, resolver.cleanCommon(a, end));
            return new Speaker(ms, me, mention, retold, SpeakerKind.ORGANIZATION, null);
        }
        String org = orgs.find(a, end, lastLow, ms); // `the ministry`, `the company`, `his campaign`
        org = org == null ? PlaceQualifiedBodies.find(d, a, end, lastLow, ms) : org; // n68a: `Romania's police`
        if (org != null) {
            return new Speaker(ms, me, mention, org, SpeakerKind.ORGANIZATION, null);
        }
        return new Speaker(ms, me, mention, resolver.cleanCommon(a, end), SpeakerKind.ORGANIZATION, null);
    }
}
