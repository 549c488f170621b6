package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule agreeing-person-over-organisation (session n53a, {@link PersonAntecedents#agreeingOrBody}): `she` after an
 * organisation that spoke is the woman named just before it, though a man of unknown gender was named in between, or
 * the person named in the organisation's own sentence; near-miss: no person of the pronoun's gender named before the
 * organisation leaves the body its spokesman's words. Invented text.
 */
class AgreeingPersonOverOrganisationRulesTest {

    @Test
    void theWomanBeforeTheManAndTheCompany() {
        String text = "Rail depot\n\n"
                + "The head of the drivers' union, Mrs Petra Lindqvist, warned on Thursday that members would walk "
                + "out if the depot closed.\n\n"
                + "The depot's manager, Oskar Fenn, was not available for comment. The company has said it will "
                + "decide by June.\n\n"
                + "\"If they close the depot, they close the line,\" she said.";
        assertEquals("Petra Lindqvist", with(text, "If they close the depot").speakerName());
    }

    @Test
    void thePersonInTheOrganisationsOwnSentence() {
        String text = "House races\n\n"
                + "Some Democrats hope to win back the chamber.\n\n"
                + "Zorya Baptiste, executive director of the Harbour Majority Fund, a Democratic group, said she "
                + "thinks Republicans \"will be pulled under by the top of the ticket\" this fall.\n\n"
                + "\"Donors are getting excited about more than one race,\" she said.";
        assertEquals("Zorya Baptiste", with(text, "Donors are getting excited").speakerName());
    }

    @Test
    void noWomanBeforeLeavesTheMinistry() {
        String text = "Ferry fares\n\n"
                + "The Transport Ministry said on Monday that fares would rise in May.\n\n"
                + "\"The rise is the first in six years,\" she said.";
        assertEquals("Transport Ministry", with(text, "The rise is the first").speakerName());
    }
}
