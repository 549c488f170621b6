package io.statements.extraction.core;

/**
 * Offices as heads ({@link SpeakerResolver}): an office the text gives someone (`the PM`, `the TSC CJ`, n51c), a
 * capitalised office with words of tenure or a place (`The outgoing First Minister`, `the Glasgow MSP`, n73a: {@link
 * CapitalOfficeMentions}), and a capitalised title alone (`The Mayor`, `Vice President`): its holder, else the title
 * as a person.
 */
final class OfficeHeads {
    private final Doc d;
    private final SpeakerResolver resolver;
    private final RoleMentions roles;
    private final DefiniteDescriptions descriptions;

    OfficeHeads(Doc d, SpeakerResolver resolver, RoleMentions roles, DefiniteDescriptions descriptions) {
        this.d = d;
        this.resolver = resolver;
        this.roles = roles;
        this.descriptions = descriptions;
    }

    /** The holder of the office the phrase [a, end] (mention [a, b], head {@code last}) names; null when none. */
    Speaker speaker(int a, int end, int b, Tok last, int ms, int me, String mention) {
        String office = roles.office(a, end, b, ms); // also n51c: `the PM`, `the TSC CJ`
        if (office != null) {
            return new Speaker(ms, me, mention, office, SpeakerKind.PERSON, null);
        }
        String capitalOffice = CapitalOfficeMentions.holder(d, roles, descriptions, a, end, ms); // n73a: `the MSP`
        if (capitalOffice != null) {
            return new Speaker(ms, me, mention, capitalOffice, SpeakerKind.PERSON, null);
        }
        if (last.cap && RoleWords.isRole(last) && RoleWords.titleOnly(d.toks, a, end)
                && !FunctionWordSurnames.named(d, a, end)) {
            String role = Presidents.role(d.toks, end, RoleWords.role(last)); // `Vice President`; `the PM`: minister
            String holder = roles.capitalHolder(a, end, role, ms); // "The Mayor": given to; n65e: of its rank
            holder = holder != null || end != a + 1 ? holder : descriptions.antecedent(a, end, ms); // lead49: `the PM`
            String person = holder != null ? holder : resolver.cleanCommon(a, end);
            return new Speaker(ms, me, mention, person, SpeakerKind.PERSON, null);
        }
        return null;
    }
}
