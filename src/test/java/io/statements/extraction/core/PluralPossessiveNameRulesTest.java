package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule plural-possessive-name (session lead48): a plural possessive inside an organisation's name (`the Dockers'
 * Union`, `the Citizens' Front`) is part of the name, which had been `Union`, `Front`; a plural possessive before a
 * person (`the Dockers' leader, Ana Ruiz`) is not. Invented text.
 */
class PluralPossessiveNameRulesTest {

    private static final String TEXT = "Port strike ends\n\n"
            + "The Merida Dockers' Union said members had voted for the deal.\n\n"
            + "\"We will march again,\" said the Citizens' Front.\n\n"
            + "\"This is a win for every family,\" the Dockers' leader, Ana Ruiz, said.";

    @Test
    void aPluralPossessiveIsPartOfTheOrganisationsName() {
        assertEquals("Merida Dockers' Union", with(TEXT, "members had voted").speakerName());
        assertEquals("Citizens' Front", with(TEXT, "We will march again").speakerName());
    }

    @Test
    void aPluralPossessiveBeforeAPersonIsNotTheirName() {
        assertEquals("Ana Ruiz", with(TEXT, "This is a win").speakerName());
    }
}
