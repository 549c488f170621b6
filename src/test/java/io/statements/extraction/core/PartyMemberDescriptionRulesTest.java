package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names27, rule party-member-description: `Pike, a Lakeview Democrat who ...` describes Ned Pike; the
 * capitalised `Lakeview Democrat` is nobody's name, so the next `he` is Ned Pike. Rule party-member-antecedent: `the
 * Republican said` after Tom Reyes spoke is Tom Reyes. Invented text.
 */
class PartyMemberDescriptionRulesTest {

    private static final String TEXT = "Ferry race heats up\n\n"
            + "Ned Pike and Tom Reyes both want the ferry seat.\n\n"
            + "\u201cThe boats are late,\u201d Reyes said.\n\n"
            + "Pike, a Lakeview Democrat who has won backing from both the dock unions and the Harbor Pilots"
            + " Association, has made the ferry his first priority.\n\n"
            + "He said the harbour board had ignored the islands for a decade.";

    @Test
    void theNextPronounIsThePersonNotTheDescription() {
        assertEquals("Ned Pike", with(TEXT, "ignored the islands").speakerName());
    }

    private static final String CANDIDATE = "Reyes wants ferry cuts\n\n"
            + "Harbour candidate Tom Reyes wants the ferry budget cut by a third.\n\n"
            + "\u201cThe boats run half empty all winter. We cannot pay for that,\u201d the Republican said this week.";

    @Test
    void theRepublicanIsThePersonWhoSpoke() {
        assertEquals("Tom Reyes", with(CANDIDATE, "half empty all winter").speakerName());
    }
}
