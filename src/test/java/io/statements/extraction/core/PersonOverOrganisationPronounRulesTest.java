package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n52c, rule he-person-over-organisation ({@link PersonAntecedents#organisationOver}): `Union leader X
 * addressed the dockers. The union said ... "...," he said` is X's: a person the pronoun may be, named shortly before
 * the organisation that spoke last, is `he`/`she`; with no such person near, the body keeps it (names23), and a
 * person of the other gender does not take it.
 */
class PersonOverOrganisationPronounRulesTest {

    @Test
    void theLeaderNamedBeforeTheUnionIsHe() {
        String text = "Dock strike goes on\n\nUnion leader Daniel Vell spoke to the dockers at the Orrin quay on Friday.\n\n"
                + "The Quay Workers Union said the strike would run into next week. \"We will not move,\" he said.";
        assertEquals("Daniel Vell", with(text, "We will not move").speakerName());
    }

    @Test
    void aDirectorNamedWithHerBodyIsShe() {
        String text = "Donors stir\n\nIlsa Marrow, director of the Northfield Action Fund, said donors were "
                + "\"finally paying attention.\"\n\n\"They can see the seats within reach now,\" she said.";
        assertEquals("Ilsa Marrow", with(text, "They can see the seats").speakerName());
    }

    @Test
    void aManNamedBeforeTheBodyIsNoShe() {
        String text = "Ministry defends plan\n\nThe plan was drawn up by Karl Brenner last year.\n\n"
                + "The Harbour Ministry said the plan would go ahead. \"Nothing has changed,\" she said.";
        String got = with(text, "Nothing has changed").speakerName();
        assertEquals("Harbour Ministry", got);
    }
}
