package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names17: `Harbour Watch and former TV harbour commissioner Carl Hanley has promoted ...`: a title joining two
 * affiliations before one person's name, with a singular verb after it, is that person, not the organisation that
 * opens the subject. Invented text.
 */
class ConjoinedAffiliationRulesTest {

    private static final String TEXT = "Harbour graduates told to be humble\n\n"
            + "Harbour Watch and former TV harbour commissioner Carl Hanley has promoted a gentler approach in several"
            + " recent speeches, advising graduates in 2007 to \"join the two-H club: honest graft and"
            + " humbleness,\" and telling the class of 2014, \"If you sneer at the mop, you will never hold"
            + " the keys.\"";

    @Test
    void theQuoteAfterAParticipleIsThePersons() {
        assertEquals("Carl Hanley", with(TEXT, "sneer at the mop").speakerName());
    }

    @Test
    void theCuelessQuoteIsThePersons() {
        assertEquals("Carl Hanley", with(TEXT, "two-H club").speakerName());
    }
}
