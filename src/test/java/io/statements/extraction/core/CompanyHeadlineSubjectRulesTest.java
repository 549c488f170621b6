package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names31, rule company-headline-subject: `the company` of an article whose firm only the headline names
 * (as its subject, and written again inside a sentence) is that firm; not when the headline names a second party (`Columbia defends Exxon articles`).
 * Invented text.
 */
class CompanyHeadlineSubjectRulesTest {

    private static final String ONE_PARTY = "Harlow takes bigger steps to stop fraud in Eastbrook\n\n"
            + "ABSTRACT.\n\n"
            + "The company said it had closed 12,000 accounts since the spring. Most were new Harlow accounts.";

    private static final String TWO_PARTIES = "Tolvane answers Harlow letters\n\n"
            + "ABSTRACT.\n\n"
            + "The company said it had closed 12,000 accounts since the spring. Most were new Tolvane accounts.";

    @Test
    void theHeadlineSubjectIsTheCompany() {
        assertEquals("Harlow", with(ONE_PARTY, "closed 12,000 accounts").speakerName());
    }

    @Test
    void aSecondPartyInTheHeadlineLeavesTheDescription() {
        assertEquals("company", with(TWO_PARTIES, "closed 12,000 accounts").speakerName());
    }
}
