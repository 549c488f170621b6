package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n63d, rule post-name-title ({@link PostNameTitles}): `Pete Hallam, who coaches the Rovers,` and `Rita Moss
 * (coach)` give the title after the name, and `the coach said` is that person. Not a past office (`who coached the
 * side in 2010`), and not when the text gives the title the usual way to someone else. Invented text.
 */
class PostNameTitleRulesTest {

    private static final String RELATIVE = "Rovers win again\n\n"
            + "Rovers won again on Saturday. Pete Hallam, who coaches the Rovers, was pleased with the defence.\n\n"
            + "Striker Joe Amis scored twice.\n\n"
            + "\"We were solid at the back all afternoon,\" the coach said.";

    private static final String BRACKET = "Training notes\n\n"
            + "Rita Moss (coach) and Dan Fell (captain) met reporters after training on Thursday.\n\n"
            + "Fell said the squad was fit. \"We need a result on Saturday,\" the coach said.";

    private static final String PAST = "Rovers win again\n\n"
            + "Pete Hallam, who coached the Rovers in 2010, watched from the stand on Saturday.\n\n"
            + "\"We were solid at the back all afternoon,\" the coach said.";

    private static final String GIVEN_USUAL_WAY = "Rovers win again\n\n"
            + "Pete Hallam, who coaches the youth side, watched from the stand. Coach Ines Varo praised the defence.\n\n"
            + "\"We were solid at the back all afternoon,\" the coach said.";

    @Test
    void aRelativeClauseVerbGivesTheTitle() {
        assertEquals("Pete Hallam", with(RELATIVE, "We were solid").speakerName());
    }

    @Test
    void aBracketedTitleAfterTheNameGivesIt() {
        assertEquals("Rita Moss", with(BRACKET, "We need a result").speakerName());
    }

    @Test
    void aPastTenseVerbGivesNoCurrentTitle() {
        assertNotEquals("Pete Hallam", with(PAST, "We were solid").speakerName());
    }

    @Test
    void aTitleGivenTheUsualWayWins() {
        assertEquals("Ines Varo", with(GIVEN_USUAL_WAY, "We were solid").speakerName());
    }
}
