package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n75d, rule they-own-subject ({@link TheyOwnSubjects}): `they` after its own sentence's subject stands
 * for it when it is a body, people described or joined by `and`, or a collective noun, over an earlier speaker;
 * not across a nearer group or a parenthetical cue, and not over a fuller form of the same group. Invented text.
 */
class OwnSubjectPronounRulesTest {

    private static final String HARBOUR = "Port closure fight goes to court\n\n"
            + "Mayor Ida Berg said on Monday that the harbour would reopen in the spring after repairs.\n\n"
            + "The Alder Dock Workers Union told the Courier it would fight the closure in court.\n\n"
            + "Police and fire crews released a joint statement in which they said the blaze was under control.\n\n"
            + "Tom Reyes and Ida Berg held a joint rally on Monday, striking a hopeful tone as they promised \"a new "
            + "start for the harbour\".\n\n"
            + "The Holt family still receive hateful messages online, they said in a statement on Friday.\n\n"
            + "Economists studied firms in which some managers had hired the workers they thought were the best "
            + "fit.\n\n"
            + "Harbour analysts say the mayor would see the folly of a long dispute. The union's early gains, they "
            + "said, could be lost by winter.\n";

    private static final String OFFICIALS = "Ferry deal in doubt\n\n"
            + "Two harbour officials told the Courier that the ferry contract was likely to be cancelled. The "
            + "officials would not give details, but they pointed out that the operator had missed three "
            + "deadlines.\n";

    @Test
    void theyIsTheBodiesJoinedAsTheSubjectOfItsOwnSentence() {
        assertEquals("Police and fire crews", with(HARBOUR, "the blaze was under control").speakerName());
    }

    @Test
    void theyIsThePeopleNamedTogetherBeforeIt() {
        assertEquals("Tom Reyes and Ida Berg", with(HARBOUR, "a new start for the harbour").speakerName());
    }

    @Test
    void theyIsTheFamilyTheSentenceOpensWith() {
        assertEquals("Holt family", with(HARBOUR, "still receive hateful messages").speakerName());
    }

    @Test
    void notTheSubjectWhenNearerPeopleStandBetween() {
        assertNotEquals("Economists", with(HARBOUR, "were the best fit").speakerName());
    }

    @Test
    void notTheSubjectOfTheWordsAParentheticalCueReports() {
        String got = with(HARBOUR, "could be lost by winter").speakerName();
        assertNotEquals("union", got);
        assertNotEquals("Alder Dock Workers Union", got);
    }

    @Test
    void theFullerFormThatSpokeStaysForTheSameGroup() {
        assertEquals("harbour officials", with(OFFICIALS, "missed three deadlines").speakerName());
    }
}
