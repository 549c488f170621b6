package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names43, rule multi-word-lead-title ({@link LeadTitles}, {@link RoleWords#titleOnly}): a capitalised title
 * of two or three words opening the lead after `The` (`The Home Secretary has`, `The Chief Executive of the X Group
 * has warned`) is the person the next sentence opens with, also past a participle's adjunct (`Speaking in X, Name
 * added`); a later `the Home Secretary said` is that person. Invented text.
 */
class MultiWordLeadTitleRulesTest {

    private static final String LEAD = "Minister concedes prison places will run out\n\n"
            + "The Home Secretary has conceded that prisons in the north will be full \"within weeks\".\n\n"
            + "Corinna Baldry told MPs the government would open two temporary sites.\n\n"
            + "\"I will not pretend this is anything other than a crisis,\" the Home Secretary said.";

    @Test
    void theLeadsOwnStatementIsTheNextSentencesPerson() {
        assertEquals("Corinna Baldry", with(LEAD, "within weeks").speakerName());
    }

    @Test
    void aLaterSameTitleIsThatPerson() {
        assertEquals("Corinna Baldry", with(LEAD, "I will not pretend").speakerName());
    }

    @Test
    void theNameMayFollowAParticiplesAdjunct() {
        String text = "Envoy urges talks\n\n"
                + "The Foreign Secretary said on Friday that the talks had to resume \"before the harvest\".\n\n"
                + "Speaking in Carvel after a meeting with aid groups, Tobias Wren added that funds would rise.\n\n"
                + "\"Every week of delay costs lives,\" the Foreign Secretary said.";
        assertEquals("Tobias Wren", with(text, "Every week of delay").speakerName());
    }
}
