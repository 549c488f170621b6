package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule description-headline-person (lead, 2026-12-04): a description stands for the person the headline names even
 * when the body names her once; a capitalised run of the headline that the body never names is no one. Invented text.
 */
class DescriptionHeadlinePersonRulesTest {

    private static final String NAMED_ONCE = "Holt Says Budget Plan Is Dead\n\n"
            + "SPRINGFIELD \u2014 Anna Holt does not trust the council's new budget, the one she once helped to write.\n\n"
            + "In an interview with radio hosts Tom Reed and Lia Marsh, the Democratic mayoral candidate stated that"
            + " the plan was \u201cdead on arrival.\u201d";

    private static final String HEADLINE_ONLY = "Fresh Surveys Find Wide Leads in Harbour Contest.\n\n"
            + "The candidate called \u201ca fighter who has won before\u201d keeps the lead in the harbour race.\n\n"
            + "Lia Marsh reached 41 percent in a survey released Thursday.";

    @Test
    void theHeadlinesPersonNamedOnceInTheBody() {
        assertEquals("Anna Holt", with(NAMED_ONCE, "dead on arrival").speakerName());
    }

    @Test
    void aHeadlineRunTheBodyNeverNamesIsNoOne() {
        assertEquals("candidate", with(HEADLINE_ONLY, "a fighter who has won before").speakerName());
    }
}
