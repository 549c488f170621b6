package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names32, rule published-by-author: `A report published by the X group found` is X's report. */
class PublishedByAuthorRulesTest {

    @Test
    void theNameAfterTheArticleWritesTheReport() {
        String text = "A report published by the Tidewater Institute on Monday found that ferry fares had "
                + "\"doubled in a decade.\"";
        assertEquals("Tidewater Institute", with(text, "doubled in a decade.").speakerName());
    }

    @Test
    void anOrganisationNounAfterTheNameBelongsToIt() {
        String text = "A study released by the Fair Fares group on Tuesday said commuters were \"paying twice.\"";
        assertEquals("Fair Fares group", with(text, "paying twice.").speakerName());
    }
}
