package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Rule leading-speaker-description (session n76b, {@link LeadingSpeakerDescriptions}): a definite description of a
 * person's role that no record ties to a name (`the former mayor of Eastbrook said`) is the person who leads the
 * story's named voices (three statements at least, twice anyone else's) when that person spoke just before; not an
 * unnamed source's noun, a noun another named person holds, a noun the text used before for someone unnamed, a
 * gendered noun of the other gender, nor a story without a clear leader. Invented text.
 */
class LeadingSpeakerDescriptionRulesTest {

    private static final String AUDIT = "Former mayor rejects audit of housing office\n\n"
            + "Tomas Brenner has rejected the audit of the city's housing office.\n\n"
            + "\"Every figure in that report was picked to hurt us,\" Brenner said on Monday. \"Nobody asked me a "
            + "single question before it was printed,\" he said.\n\n"
            + "Auditor Ilse Varga said her team had checked each contract twice.\n\n"
            + "Two months on, the former mayor of Eastbrook said the findings were "
            + "\"plain lies told to suit a plan\".\n\n"
            + "\"I ran the office for nine years and never hid a thing,\" Brenner said.";

    @Test
    void aRoleOfAPlaceIsTheStorysLeadingSpeaker() {
        assertEquals("Tomas Brenner", with(AUDIT, "plain lies told").speakerName());
    }

    @Test
    void aBareRoleNounIsTheLeadingSpeakerToo() {
        String text = AUDIT.replace("the former mayor of Eastbrook said", "the veteran councillor said");
        assertEquals("Tomas Brenner", with(text, "plain lies told").speakerName());
    }

    @Test
    void anUnnamedSourcesNounStays() {
        String text = AUDIT.replace("the former mayor of Eastbrook said", "the spokesman said");
        assertNotEquals("Tomas Brenner", with(text, "plain lies told").speakerName());
    }

    @Test
    void aNounAnotherNamedPersonHoldsIsNotTheLeaders() {
        String text = AUDIT.replace("Auditor Ilse Varga said", "Councillor Ilse Varga said")
                .replace("the former mayor of Eastbrook said", "the councillor said");
        assertNotEquals("Tomas Brenner", with(text, "plain lies told").speakerName());
    }

    @Test
    void aNounUsedBeforeForSomeoneUnnamedStaysThatPerson() {
        String text = AUDIT.replace("Auditor Ilse Varga said her team had checked each contract twice.",
                "A councillor from the opposition benches said the office had been warned twice.")
                .replace("the former mayor of Eastbrook said", "the councillor said");
        assertNotEquals("Tomas Brenner", with(text, "plain lies told").speakerName());
    }

    @Test
    void aGenderedNounOfTheOtherGenderStays() {
        String text = AUDIT.replace("Tomas Brenner has", "Mr Tomas Brenner has")
                .replace("the former mayor of Eastbrook said", "the businesswoman said");
        assertNotEquals("Tomas Brenner", with(text, "plain lies told").speakerName());
    }

    @Test
    void withoutAClearLeaderTheDescriptionStays() {
        String text = AUDIT.replace("Auditor Ilse Varga said her team had checked each contract twice.",
                "\"We checked each contract twice,\" auditor Ilse Varga said. \"The figures are sound,\" Varga said. "
                        + "\"We will publish every page,\" Varga said.");
        assertNotEquals("Tomas Brenner", with(text, "plain lies told").speakerName());
    }
}
