package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names29, rule they-described-group: `they` after a person spoke last, whose antecedent is people described
 * as the subject of its own sentence or of the sentence before, is that description, not nobody; a named subject
 * or a plural that is no people leaves it unresolved. Invented text.
 */
class DescribedGroupTheyRulesTest {

    private static final String TEXT = "Ferry fares\n\n"
            + "The council voted on Monday to raise the ferry fares by a third. Mayor Ida Berg said the rise was "
            + "\"painful but needed.\"\n\n"
            + "Several Democrats on the council were unhappy with the vote. They said the new fares would \"empty the "
            + "island within a decade.\"\n\n"
            + "Harbour master Tom Reyes said the boats were old. Proponents of the rise are pressing the council to "
            + "move quickly, although they say the rise should be the last for years.\n\n"
            + "Ida Berg said the vote was fair. The new rules were printed in the harbour gazette. They say the fares "
            + "will rise again next spring.";

    @Test
    void theyAfterPeopleDescribedInTheSentenceBefore() {
        assertEquals("Several Democrats", with(TEXT, "empty the island").speakerName());
    }

    @Test
    void theyAfterPeopleDescribedEarlierInItsOwnSentence() {
        assertEquals("Proponents", with(TEXT, "the last for years").speakerName());
    }

    @Test
    void theyAfterThingsStaysUnresolved() {
        assertNull(with(TEXT, "will rise again next spring").speakerName());
    }
}
