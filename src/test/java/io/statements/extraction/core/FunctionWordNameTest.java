package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction6: a clause word or connective a rule took for a subject (`After`, `While`, `Yet`) is reported
 * without a speaker name, and is never a name a speaker may be created from. Invented text.
 */
class FunctionWordNameTest {

    @Test
    void aConnectiveIsNoName() {
        assertTrue(SpeakerNames.isFunctionWord("After"));
        assertTrue(SpeakerNames.isFunctionWord("yet"));
        assertFalse(SpeakerNames.isFunctionWord("Will"));
        assertFalse(SpeakerNames.isFunctionWord("Anna Holt"));
        assertFalse(SpeakerNames.isName("While", SpeakerKind.PERSON));
        assertTrue(SpeakerNames.isName("Holt", SpeakerKind.PERSON));
    }

    @Test
    void theStatementKeepsItsQuoteWithoutAName() {
        String text = "Harbour news\n\nWhen she returned she began by saying, \"I do not think the harbour needs "
                + "another study.\"";
        ExtractedStatement s = with(text, "another study");
        assertNull(s.speakerName());
        assertNull(s.speakerKind());
    }

    @Test
    void aNameStaysAName() {
        String text = "Harbour news\n\nIda Berg said the ferry was \"late every single day in March.\"";
        assertEquals("Ida Berg", with(text, "late every single day").speakerName());
    }
}
