package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n63d, rule initials-after-title ({@link InitialledNames}): `Chief Minister KR Ashok` gives the title to a
 * person written with initials (the name index had read `KR` as an acronym), so `the Chief Minister said` is KR
 * Ashok. Initials not right after a title (`visited KR Puram`, a place) are left as they were. Invented text.
 */
class InitialsAfterTitleRulesTest {

    private static final String TEXT = "Flood inquiry ordered\n\n"
            + "Eastland Chief Minister KR Ashok has ordered an inquiry into the flooding. Collector Ravi Menon was moved.\n\n"
            + "\"Nobody who failed the villages will be spared,\" the Chief Minister said.";

    private static final String ACRONYM = "Flood inquiry ordered\n\n"
            + "The Minister visited KR Puram on Monday to see the flooding.\n\n"
            + "\"Nobody who failed the villages will be spared,\" the Minister said.";

    @Test
    void initialsAfterATitleAreAPersonsName() {
        assertEquals("KR Ashok", with(TEXT, "Nobody who failed").speakerName());
    }

    @Test
    void initialsAfterAVerbAreNoHolder() {
        assertNotEquals("KR Puram", with(ACRONYM, "Nobody who failed").speakerName());
    }
}
