package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule organisation-of-subject (session lead48): a sentence's subject goes on through `of`/`for` after an
 * organisation's word (`The Bank of Tarnland kept rates ... but said`; it was `Bank`), and stops at the name's end
 * (not `The Bank of Tarnland kept its main`). Invented text.
 */
class OrganisationOfSubjectRulesTest {

    @Test
    void theSubjectGoesOnThroughOf() {
        String text = "Rates on hold\n\n"
                + "The Bank of Tarnland kept its main rate at 5.25 percent on Wednesday but said it expected to cut "
                + "later in the year.";
        assertEquals("Bank of Tarnland", with(text, "it expected to cut").speakerName());
    }
}
