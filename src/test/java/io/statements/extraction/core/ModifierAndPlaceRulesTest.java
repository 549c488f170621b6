package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction12, two wrong outputs issue 12 listed: a participle modifying a noun (`A video posted by the
 * campaign shows ...`) is no passive statement `A video` by the campaign; and the place after an organisation's name
 * (`the Ministry of Fisheries in Oslo`) is no part of the name; and a passive without its agent (`has been
 * criticized for ...`) has no speaker, never "been". Invented text.
 */
class ModifierAndPlaceRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "A video posted by the campaign on Sunday shows the mayor at the pier.\n\n"
            + "\"The quota is final,\" the Ministry of Fisheries in Oslo said.\n\n"
            + "The Harbour Council in Eastbrook said the fares would \"stay as they are.\"\n\n"
            + "\"We will appeal,\" said Ann Lee in Bergen.\n\n"
            + "Mayor Ida Berg has been criticized for giving hazy answers on the fares.";

    @Test
    void aParticipleModifyingANounIsNoStatement() {
        assertTrue(all(TEXT).stream().noneMatch(s -> s.text().startsWith("A video")), () -> all(TEXT).toString());
    }

    @Test
    void thePlaceAfterAnOrganisationIsNoPartOfItsName() {
        ExtractedStatement s = with(TEXT, "The quota is final");
        assertEquals("Ministry of Fisheries", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
        assertEquals("Harbour Council", with(TEXT, "stay as they are").speakerName());
    }

    @Test
    void aPersonIsNotCutAtAPlace() {
        assertEquals("Ann Lee", with(TEXT, "We will appeal").speakerName());
    }

    @Test
    void aPassiveWithoutItsAgentHasNoSpeaker() {
        ExtractedStatement s = with(TEXT, "hazy answers on the fares");
        assertNull(s.speakerName());
        assertNull(s.speakerMention());
    }
}
