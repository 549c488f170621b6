package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rule bare-title-postposed-name: `said chief executive of the X group and longtime monitor Name.` Invented text. */
class BareTitlePostposedNameRulesTest {

    @Test
    void aBareTitleRunningToANameIsThatName() {
        String text = "Monitors doubt the count\n\n"
                + "\u201cWe will not sign off on a vote we cannot check,\u201d said chief executive of the Ballot Watch "
                + "group and longtime monitor Ruth Adeyemi.";
        assertEquals("Ruth Adeyemi", with(text, "we cannot check").speakerName());
    }

    @Test
    void aTitleOfAnOrganisationAloneStaysATitle() {
        String text = "Monitors doubt the count\n\n"
                + "\u201cWe will not sign off on a vote we cannot check,\u201d said the chief executive of the Ballot "
                + "Watch group.";
        assertEquals("chief executive", with(text, "we cannot check").speakerName());
    }
}
