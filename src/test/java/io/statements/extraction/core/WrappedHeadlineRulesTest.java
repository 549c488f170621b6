package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n50c, rule wrapped-lines-width (`WrappedLines`): the width a hard-wrapped text is wrapped at is read from
 * lines that a next line follows within their paragraph; a headline or a paragraph's last line sets no width. A
 * headline wider than the body's lines had hidden every wrap, so a quote broken across lines lost its second line and
 * the first-person verbs in it (`I never imagined ...`) became statements of their own. Invented text.
 */
class WrappedHeadlineRulesTest {

    private static final String TEXT = "Veteran draughts master loses to a laptop program in the last round of the season\n"
            + "\n"
            + "\"The result shocked me,\" said Tomasz Wielgosz at the end of\n"
            + "the evening. \"I had not prepared for defeat. I never\n"
            + "imagined the software would defend so quietly.\" Club founder\n"
            + "Amara Keita-Lund described the evening as \"a present for our\n"
            + "small club\" in a short speech on Sunday.\n"
            + "\n"
            + "\"Before the first move we believed either side could win,\"\n"
            + "says Keita-Lund.\n";

    @Test
    void aWiderHeadlineDoesNotHideTheWraps() {
        assertNotNull(WrappedLines.wraps(TEXT));
        ExtractedStatement s = with(TEXT, "imagined the software would defend");
        assertEquals("Tomasz Wielgosz", s.speakerName());
        assertTrue(s.text().contains("prepared for defeat"), s.text());
        assertEquals("Amara Keita-Lund", with(TEXT, "small club").speakerName());
        assertEquals("Amara Keita-Lund", with(TEXT, "believed either side could win").speakerName());
    }

    @Test
    void shortParagraphsUnderAHeadlineAreNoWrappedText() {
        String text = "A headline that is a good deal longer than any of the lines written below it in this text\n\n"
                + "The ferry left at noon.\nIt was full.\nThe sea was calm.\nNobody was late.\nThe captain waved.\n";
        assertNull(WrappedLines.wraps(text));
    }
}
