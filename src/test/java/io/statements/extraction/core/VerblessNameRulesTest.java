package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n49c, rules verbless-name and standfirst-quote (`VerblessNameSieve`): `"...," 64-year-old Feldt, who has led
 * the authority for eleven years.` is Feldt's; a quote alone under a sentence-case headline naming one person is that
 * person's; not under a headline naming two, nor in title case, nor a name that is no person's. Invented text.
 */
class VerblessNameRulesTest {

    private static final String LEAD = "Lorenz Feldt, chief executive of the Tessel Port Authority, resigned on"
            + " Wednesday.\n\n";

    @Test
    void aNameRightAfterTheQuoteWithNoVerb() {
        String text = "Port chief quits\n\n" + LEAD + "Ines Moreau chairs the board.\n\n\"The port deserves a new captain,"
                + " and I am stepping aside so it can have one,\" 64-year-old Feldt, who has led the authority for eleven years.";
        assertEquals("Lorenz Feldt", with(text, "The port deserves a new captain").speakerName());
    }

    @Test
    void aStandfirstQuoteUnderAHeadlineNamingOnePerson() {
        String text = "Harbour chief Lorenz Feldt quits over dredging scandal\n\n\"Nobody told me the dredging reports"
                + " were false, and I find that hard to forgive.\"\n\n" + LEAD;
        assertEquals("Lorenz Feldt", with(text, "Nobody told me the dredging").speakerName());
    }

    @Test
    void notUnderAHeadlineNamingTwo() {
        String text = "Lorenz Feldt and Ines Moreau clash over dredging scandal\n\n\"Nobody told me the dredging"
                + " reports were false, and I find that hard to forgive.\"\n\n" + LEAD;
        assertNotEquals("Lorenz Feldt", with(text, "Nobody told me the dredging").speakerName());
    }

    @Test
    void notUnderATitleCaseHeadline() {
        String text = "Readers Share Their Honest Thoughts On Lorenz Feldt\n\n\"Nobody told me the dredging reports"
                + " were false, and I find that hard to forgive.\"\n\n" + LEAD;
        assertNotEquals("Readers Share Their Honest Thoughts On Lorenz Feldt",
                with(text, "Nobody told me the dredging").speakerName());
    }
}
