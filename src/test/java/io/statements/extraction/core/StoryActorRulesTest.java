package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n54b, rule document-story-actor ({@link StoryActors}): a bare `the letter`, `the memo` the story introduced
 * before, whose issuer nothing nearer gives, is the person or organisation the whole story names again and again.
 * Not when two actors are named as often, not a document named for the first time, not `the report` (often about the
 * story's actor, by somebody else). Invented text.
 */
class StoryActorRulesTest {

    private static final String LETTER = "Governor Vesk resigns\n\n"
            + "TARROW: Harlan Vesk has resigned as governor of Tarrow province.\n\n"
            + "The outgoing governor resignation letter was read out on Tuesday by the assembly clerk to members "
            + "gathered for a censure debate.\n\n"
            + "Crowds gathered outside once the news that Vesk had stepped down reached the streets. Vesk had led the "
            + "province since the floods.\n\n"
            + "The letter read:\n\n"
            + "\"I leave this office with gratitude and with no regrets.\"\n";

    private static final String MEMO = "Corvane shares slide after verdict\n\n"
            + "Corvane Electronics lost a fifth of its value on Monday after a jury found against it.\n\n"
            + "Corvane dropped 18% at the open and closed down 21%. Corvane said it would appeal.\n\n"
            + "Staff learnt of the plan from an internal memo seen by the Ledger.\n\n"
            + "\"We have never copied anyone,\" the memo said.\n";

    private static final String TWO_ACTORS = "Two ministers in row over budget letter\n\n"
            + "Ruth Ellery and Oskar Brandvold have argued for a week over the schools budget.\n\n"
            + "A letter about the budget reached council leaders on Monday. Ellery and Brandvold meet on Friday; "
            + "Ellery and Brandvold have not spoken since.\n\n"
            + "\"The schools cannot wait another year,\" the letter said.\n";

    private static final String REPORT = "Inquiry faults Harlan Vesk\n\n"
            + "TARROW: Harlan Vesk ignored warnings about road contracts, an inquiry report found.\n\n"
            + "Vesk has denied wrongdoing. Vesk led the province for eleven years.\n\n"
            + "\"The governor was told three times and did nothing,\" the report said.\n";

    @Test
    void aLetterTheStoryIntroducedIsItsPersons() {
        assertEquals("Harlan Vesk", with(LETTER, "I leave this office with gratitude").speakerName());
    }

    @Test
    void aMemoTheStoryIntroducedIsItsFirms() {
        assertEquals("Corvane Electronics", with(MEMO, "We have never copied anyone").speakerName());
    }

    @Test
    void twoPeopleNamedAsOftenLeaveTheLetterUnsigned() {
        assertNull(with(TWO_ACTORS, "The schools cannot wait").speakerName());
    }

    @Test
    void aReportIsNotTheStorysPerson() {
        String got = with(REPORT, "The governor was told three times").speakerName();
        assertEquals(false, "Harlan Vesk".equals(got), "a report about the governor is not his: " + got);
    }
}
