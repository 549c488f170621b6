package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction12: two people named together as the subject speak together (`X and Y, both Republicans, said`
 * was Y alone), a person and a group are not two names, and a name after a list comma stays alone. Invented text.
 */
class CoordinatedNamesRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Councillors Ann Cole and Ray Dunn, both Republicans, said the budget was \"dead on arrival.\"\n\n"
            + "\"We will not pay the new fares,\" Tom Reyes and Ida Berg said.\n\n"
            + "Mayor Lena Holt and other Democrats said the plan was \"a disgrace.\"\n\n"
            + "In Eastbrook, Ida Berg said the pier was \"safe again.\"";

    @Test
    void twoNamesBeforeTheCueAreOneGroupSpeaker() {
        ExtractedStatement s = with(TEXT, "dead on arrival");
        assertEquals("Ann Cole and Ray Dunn", s.speakerName());
        assertEquals(SpeakerKind.GROUP, s.speakerKind());
        assertEquals("Councillors Ann Cole and Ray Dunn, both Republicans", s.speakerMention().text());
    }

    @Test
    void twoNamesAfterAQuoteAreOneGroupSpeaker() {
        ExtractedStatement s = with(TEXT, "We will not pay");
        assertEquals("Tom Reyes and Ida Berg", s.speakerName());
        assertEquals("Tom Reyes and Ida Berg", s.speakerMention().text());
    }

    @Test
    void aPersonAndAGroupAreNotTwoNames() {
        assertEquals("Democrats", with(TEXT, "a disgrace").speakerName());
    }

    @Test
    void aNameAfterAPlaceAndACommaStaysAlone() {
        assertEquals("Ida Berg", with(TEXT, "safe again").speakerName());
    }
}
