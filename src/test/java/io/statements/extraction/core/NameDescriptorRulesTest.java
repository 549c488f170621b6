package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: a party tag or a trade written before a first name in one capitalised run (`Democrat Sarah Quill`,
 * `Billionaire Mark Lamb`) is no part of the name. Invented text.
 */
class NameDescriptorRulesTest {

    private static final String TEXT = "Port race\n\n"
            + "Democrat Sarah Quill said the plan was \"a giveaway.\"\n\n"
            + "Billionaire Mark Lamb said the docks \"will pay for themselves.\"";

    @Test
    void theTagIsNoPartOfTheName() {
        assertEquals("Sarah Quill", with(TEXT, "a giveaway").speakerName());
        assertEquals("Mark Lamb", with(TEXT, "pay for themselves").speakerName());
    }

    /** Session lead59, rule trade-suffix-before-name: a profession known by its ending, whatever the first name. */
    @Test
    void aProfessionByItsEndingIsNoPartOfTheName() {
        String text = "Clinic\n\nNeurologist Tovan Brisk examined the scans on Friday.\n\n"
                + "\"The damage is old,\" Brisk said.\n\nPaediatrician Ulla Vent agreed. \"We saw it early,\" she said.";
        assertEquals("Tovan Brisk", with(text, "damage is old").speakerName());
        assertEquals("Ulla Vent", with(text, "saw it early").speakerName());
    }

    @Test
    void aBodyWhoseWordEndsSoKeepsIt() {
        String text = "Clinic\n\nThe Neurologist Society said the scans were \"clear and complete.\"";
        assertEquals("Neurologist Society", with(text, "clear and complete").speakerName());
    }
}
