package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule numbered-names: `Article 12 affirms: "..."` is Article 12's, not `Article`'s; the number after
 * a noun that takes one belongs to the name. Invented text.
 */
class NumberedNameRulesTest {

    private static final String TEXT = "Treaty rules on return\n\n"
            + "The rule was written into Article 12 of the 1960 Harbour Convention. Article 12 affirms: \"No State shall"
            + " return a sailor to a port where he is in danger.\"\n\n"
            + "Amendment 2 states that \"every county shall keep a register.\"\n";

    @Test
    void anArticleKeepsItsNumber() {
        assertEquals("Article 12", with(TEXT, "No State shall").speakerName());
    }

    @Test
    void anAmendmentKeepsItsNumber() {
        assertEquals("Amendment 2", with(TEXT, "every county").speakerName());
    }
}
