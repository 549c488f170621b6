package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names39, rule later-former-holder: `the minister` before the text first names `the former minister X` is the
 * serving minister the story is about, not X. Invented text.
 */
class LaterFormerHolderRulesTest {

    private static final String TEXT = "Ferry reform message was botched - transport minister\n\n"
            + "Lena Harwood was made a transport minister in a reshuffle last week.\n\n"
            + "Lena Harwood has admitted making a remark about the ferry plans at a private meeting.\n\n"
            + "\u201cMore could have been explained\u201d to island residents, she said.\n\n"
            + "Island groups were against the plans.\n\n"
            + "In a written statement, the minister denied opposing the plans.\n\n"
            + "\u201cI have always backed the reforms,\u201d Ms Harwood said.\n\n"
            + "Ms Harwood was an aide to the former Transport Minister Paul Dent.";

    @Test
    void theMinisterIsNotTheFormerOneNamedLater() {
        assertEquals("Lena Harwood", with(TEXT, "opposing the plans").speakerName());
    }
}
