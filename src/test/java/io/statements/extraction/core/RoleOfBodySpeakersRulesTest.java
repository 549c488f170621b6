package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n72b, rule role-of-body-person ({@link RoleOfBodySpeakers}): `The boss of insurer X says` is the boss, the
 * person the article names as X's chief executive, else the role description (a person), never X. Not a spokesperson
 * (the body, by design), not when an appositive or a title's own `of` gives the holder. Invented text.
 */
class RoleOfBodySpeakersRulesTest {

    @Test
    void theBossOfABodyIsItsNamedChiefExecutive() {
        String text = "Insurer chief apologises\n\n"
                + "The boss of embattled insurer Kestrel Mutual says the company \"will never pay a ransom\" to the hackers.\n\n"
                + "Kestrel Mutual chief executive Ansel Vry said the breach was the worst in the firm's history.";
        ExtractedStatement st = with(text, "will never pay a ransom");
        assertEquals("Ansel Vry", st.speakerName());
        assertEquals(SpeakerKind.PERSON, st.speakerKind());
    }

    @Test
    void theChairmanOfABodyNobodyNamesStaysTheRole() {
        String text = "Port chief speaks\n\n"
                + "The chairman of the Harbour Trust said the port \"will stay open\" through the storm.";
        ExtractedStatement st = with(text, "will stay open");
        assertEquals("chairman", st.speakerName());
        assertEquals(SpeakerKind.PERSON, st.speakerKind());
    }

    @Test
    void anAppositiveNamesTheHolder() {
        String text = "Port chief speaks\n\n"
                + "The head of the Harbour Trust, Ida Berg, said the port \"will stay open\" through the storm.";
        assertEquals("Ida Berg", with(text, "will stay open").speakerName());
    }

    @Test
    void aTitlesOwnOfKeepsTheHolder() {
        String text = "Plan backed\n\n"
                + "Secretary of State Lena Ortiz said the plan \"makes sense\" for the region.";
        assertEquals("Lena Ortiz", with(text, "makes sense").speakerName());
    }
}
