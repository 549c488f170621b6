package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n69d, rule titled-appositive-name ({@link TitledAppositiveNames}): a singular description, a comma, then
 * a title with a place or body before it and a full name: the name is the speaker. Invented text.
 */
class TitledAppositiveNameRulesTest {

    private static final String TEXT = "Harbour row deepens\n\n"
            + "The council voted to close the old harbour on Monday.\n\n"
            + "\"The plan was never costed,\" the mayor's rival, Northfield Sen. Rita Kalm, said on Friday.\n\n"
            + "Varga's deputy, Harbour Board treasurer Ivo Lenz, said the closure would be \"a costly mistake\".\n\n"
            + "Speaking before the vote, shop steward at Marlow Foods, Elena Brandt, said: \"Our jobs are on the line.\"\n\n"
            + "Shop steward at the Quay Road depot in Eastport, Helen Corr, said the crates were \"packed weeks ago\".\n\n"
            + "Two analysts, Ivo Senn and Mara Holt, said the bid was \"far too weak\".\n\n"
            + "The family of Harbour Executive, Peter Brask, said the arrest was \"a grave injustice\".\n\n"
            + "His main firm at Eastport, Morrow Shipping, said the deal was \"a fair price\".\n\n"
            + "The harbour master, a former sailor, said the port would reopen \"within a week\".";

    @Test
    void aTitledNameAfterTheDescriptionIsTheSpeaker() {
        assertEquals("Rita Kalm", with(TEXT, "The plan was never costed").speakerName());
        assertEquals("Ivo Lenz", with(TEXT, "a costly mistake").speakerName());
    }

    @Test
    void aNameAfterAPersonAtABodyIsTheSpeaker() {
        assertEquals("Elena Brandt", with(TEXT, "Our jobs are on the line").speakerName());
        assertEquals("Helen Corr", with(TEXT, "packed weeks ago").speakerName());
    }

    @Test
    void pluralsAndUntitledDescriptionsStayAsTheyWere() {
        assertNotEquals("Mara Holt", with(TEXT, "far too weak").speakerName()); // a plural: not the last name alone
        assertEquals("harbour master", with(TEXT, "within a week").speakerName());
        assertNotEquals("Peter Brask", with(TEXT, "a grave injustice").speakerName()); // the family speaks
        assertNotEquals("Morrow Shipping", with(TEXT, "a fair price").speakerName()); // no title, no given name
    }
}
