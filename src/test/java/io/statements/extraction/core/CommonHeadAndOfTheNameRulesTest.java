package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: names that go on past `of the`, a spokesperson's name after `for` an organisation, and
 * mentions whose head is a common noun (`Officials said`, `supporters of Rosa Ibarra`) rather than a name. Invented text.
 */
class CommonHeadAndOfTheNameRulesTest {

    private static final String MINISTRY = "Harbour talks\n\n"
            + "A spokeswoman for the Ministry of the Sea, Ines Faria, said the review would be \"ready in spring.\"\n\n"
            + "A spokesman for Harbour Logistics, Karl Brenner, said the company would \"appeal at once.\"\n\n"
            + "The Ministry of the Interior said the border crossings were \"open as usual.\" "
            + "The ministry added that \"no new checks\" were planned.";

    private static final String CROWD = "Night works\n\n"
            + "Officials said the night works would end \"by the first of June.\"\n\n"
            + "Residents of the Old Quarter said the drilling was \"impossible to sleep through.\"\n\n"
            + "Even supporters of Rosa Ibarra said the timing was \"a mistake.\"\n\n"
            + "Members of the Harbour Board said the schedule was \"out of our hands.\"\n\n"
            + "Prosecutors said the contractor had been warned. They said it \"ignored every letter.\"";

    @Test
    void aSpokespersonNamedAfterTheOrganisationIsTheSpeaker() {
        ExtractedStatement sea = with(MINISTRY, "ready in spring");
        assertEquals("Ines Faria", sea.speakerName());
        assertEquals(SpeakerKind.PERSON, sea.speakerKind());
        ExtractedStatement company = with(MINISTRY, "appeal at once");
        assertEquals("Karl Brenner", company.speakerName());
        assertEquals("spokesman", company.speakerTitle());
    }

    @Test
    void anOrganisationNameGoesOnPastOfThe() {
        ExtractedStatement interior = with(MINISTRY, "open as usual");
        assertEquals("Ministry of the Interior", interior.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, interior.speakerKind());
        assertEquals("Ministry of the Interior", with(MINISTRY, "no new checks").speakerName());
    }

    @Test
    void aCommonNounOpeningTheSentenceIsNoName() {
        ExtractedStatement officials = with(CROWD, "by the first of June");
        assertEquals("officials", officials.speakerName());
        assertEquals(SpeakerKind.ANONYMOUS, officials.speakerKind());
        assertEquals("residents of the Old Quarter", with(CROWD, "impossible to sleep through").speakerName());
    }

    @Test
    void peopleDescribedByWhomTheyBelongToAreNotThatPerson() {
        ExtractedStatement supporters = with(CROWD, "a mistake");
        assertEquals("supporters of Rosa Ibarra", supporters.speakerName());
        assertEquals(SpeakerKind.GROUP, supporters.speakerKind());
        // an organisation after the head keeps its reading
        assertEquals("Harbour Board", with(CROWD, "out of our hands").speakerName());
    }

    @Test
    void aPluralPronounFindsTheGroup() {
        assertEquals("prosecutors", with(CROWD, "ignored every letter").speakerName());
    }
}
