package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n50e, rule plural-common-opener ({@link PluralOpeners}): a plural common noun capitalised only because it
 * opens its sentence (`Balloons were released`) names nobody, neither as a sentence's subject nor as the organisation
 * behind `the army statement`. Invented text.
 */
class PluralOpenerRulesTest {

    private static final String TEXT = "Balloons were released over Liberty Square as officers read a message on "
            + "state radio setting out the army's \"plan for the transition\" for the country.\n\n"
            + "The army statement said the constitution would be suspended \"for a limited period\".";

    @Test
    void thePluralOpenerIsNoSpeaker() {
        assertNull(with(TEXT, "plan for the transition").speakerName());
    }

    @Test
    void norTheIssuerOfTheStatement() {
        // session n61d, rule body-kind-document: `The army statement` is the army's, a body nobody named (the
        // description `army`), never `Balloons`
        assertEquals("army", with(TEXT, "for a limited period").speakerName());
    }

    @Test
    void aSingularOrganisationOpeningItsSentenceStaysTheSpeaker() {
        String text = "Greenpeace said it was \"deeply worried about the rule of law\" in the country.";
        assertEquals("Greenpeace", with(text, "deeply worried").speakerName());
    }

    @Test
    void aPluralNameTheTextWritesInsideASentenceStays() {
        String text = "Supporters of the Wolves cheered. Wolves were the first club to reply: \"We will be "
                + "back next season, stronger than before.\"";
        assertEquals("Wolves", with(text, "We will be back").speakerName());
    }

    @Test
    void aPluralOfPeopleOpeningItsSentenceStaysTheGroup() {
        String text = "Loyalists are slamming the plan, saying it would \"hand the port to the highest bidder\".";
        assertEquals("Loyalists", with(text, "hand the port").speakerName());
    }
}
