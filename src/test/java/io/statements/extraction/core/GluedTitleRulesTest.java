package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names46, rule glued-title ({@link LongTitleNames#nameStart}, {@link MentionTitles}): an office written
 * in capitals right before its holder after the verb (`said Chief Medical Officer Ada Brenn`, `said Managing
 * Director of Zenvora Bank Tomas Ree`): the holder is the speaker, the office their title and affiliation. Not a
 * body's name that only holds a modifier (`the Ostrel National Golf Club`). Invented text.
 */
class GluedTitleRulesTest {

    private static final String TEXT = "Clinics stretched as winter arrives\n\n"
            + "\"Clinics are full but coping,\" said Chief Medical Officer Wren Daskal.\n\n"
            + "\"We will not lend at any price,\" said Managing Director of Kelvor Bank Osk Tamarin.\n\n"
            + "\"The greens will stay open,\" said the Ostrel National Golf Club.\n";

    @Test
    void theHolderAfterAnOfficeClosingOnATitleWord() {
        ExtractedStatement s = with(TEXT, "Clinics are full");
        assertEquals("Wren Daskal", s.speakerName());
        assertEquals("Chief Medical Officer", s.speakerTitle());
    }

    @Test
    void theHolderAfterAModifiedTitleOfABody() {
        ExtractedStatement s = with(TEXT, "We will not lend");
        assertEquals("Osk Tamarin", s.speakerName());
        assertEquals("Managing Director", s.speakerTitle());
        assertEquals("Kelvor Bank", s.speakerAffiliation());
    }

    @Test
    void aBodysNameIsNoOffice() {
        assertEquals("Ostrel National Golf Club", with(TEXT, "The greens will stay open").speakerName());
    }
}
