package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session names29, rule aside-host: a quote closing an aside set off by commas after the sentence's subject, right
 * before the verb of saying (`Reyes, who called the plan a "...," said the council ...`), is the subject's; not
 * when the aside has a subject of its own (`Berg, whom Reyes called a "...," said`). Invented text.
 */
class AsideHostRulesTest {

    private static final String TEXT = "Harbour vote\n\n"
            + "Harbour master Tom Reyes, who called the plan a \"slow disaster for the whole island,\" said the council "
            + "would regret the vote for years.\n\n"
            + "Clerk Ida Berg, whom Reyes called a \"lazy administrator of the old port,\" said the plan would pass "
            + "in the spring.";

    @Test
    void theQuoteClosingAnAsideIsTheSubjects() {
        assertEquals("Tom Reyes", with(TEXT, "slow disaster").speakerName());
    }

    @Test
    void notWhenTheAsideHasASubjectOfItsOwn() {
        assertNotEquals("Ida Berg", with(TEXT, "lazy administrator").speakerName());
    }
}
