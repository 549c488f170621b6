package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Rule spokesperson-of-named-body (session n55b, {@link SpokespersonBodies}): an unnamed spokesperson whose mention
 * names a body before the noun (`a Harbour Board spokesman`, `an ODF spokeswoman`) speaks for that body, and so does
 * a pronoun that took the description; a bare `a spokesman` right after a named body's statement speaks for it.
 * Near-misses: a person's spokesman, a nationality, a bare spokesman after a person spoke, a spokesman named in
 * apposition. Invented text.
 */
class SpokespersonBodyRulesTest {

    @Test
    void aBodyBeforeTheNounSpeaks() {
        String text = "Ferry talks\n\n"
                + "The ferry operators met on Thursday. \"No figure has been agreed,\" a Harbour Board spokesman said.";
        assertEquals("Harbour Board", with(text, "No figure has been agreed").speakerName());
    }

    @Test
    void aPronounAfterTheDescriptionFollowsTheBody() {
        String text = "Fund chief held\n\n"
                + "Director Pavel Oster was detained in Vessa on Sunday. In a short note, an ODF spokeswoman confirmed "
                + "the detention and said the fund would not comment.\n\n"
                + "\"The ODF remains fully operational,\" she added.";
        assertEquals("ODF", with(text, "remains fully operational").speakerName());
    }

    @Test
    void aBareSpokesmanAfterABodysStatementSpeaksForIt() {
        String text = "Ferry subsidy\n\n"
                + "The Ministry of Ports said it had played no part in the decision.\n\n"
                + "\"What matters is that every payment is published,\" a spokesman said.";
        assertEquals("Ministry of Ports", with(text, "every payment is published").speakerName());
    }

    @Test
    void aBareSpokesmanAfterAPersonStaysUnnamed() {
        String text = "Ferry subsidy\n\n"
                + "Councillor Ida Marsh said she had played no part in the decision.\n\n"
                + "\"What matters is that every payment is published,\" a spokesman said.";
        assertEquals("spokesman", with(text, "every payment is published").speakerName());
    }

    @Test
    void aNationalityIsNoBody() {
        String text = "Border talks\n\n"
                + "Talks resumed in Vessa on Monday. \"We expect no quick result,\" a Corvalian spokesman said.";
        assertNotEquals("Corvalian", with(text, "We expect no quick result").speakerName());
    }

    @Test
    void aSpokesmanNamedInAppositionKeepsHisName() {
        String text = "Ferry talks\n\n"
                + "\"No figure has been agreed,\" a Harbour Board spokesman, Tomas Reyes, said on Thursday.";
        assertEquals("Tomas Reyes", with(text, "No figure has been agreed").speakerName());
    }
}
