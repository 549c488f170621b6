package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names21: a contracted `who` (`who's`, `who’s`) after a name is the relative pronoun, so the name speaks
 * (it was a speaker named `who's`). Invented text.
 */
class ContractedWhoRulesTest {

    private static final String TEXT = "Harbour plan splits the council\n\n"
            + "The plan has been championed by council member Laura Whitlow, who's argued for years that the port"
            + " \"cannot wait another decade.\"\n\n"
            + "It is a fight for Carol Brandt \u2014 who\u2019s called the plan \"a gift to the shipping lines\" \u2014"
            + " and her allies.";

    @Test
    void whoIsWithAnApostropheIsTheRelative() {
        assertEquals("Laura Whitlow", with(TEXT, "cannot wait another decade").speakerName());
    }

    @Test
    void alsoWithACurlyApostropheAfterADash() {
        assertEquals("Carol Brandt", with(TEXT, "a gift to the shipping lines").speakerName());
    }
}
