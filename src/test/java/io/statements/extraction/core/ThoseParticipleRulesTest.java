package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names21: `those surveyed said` names the people surveyed, not a participle `surveyed`. Invented text. */
class ThoseParticipleRulesTest {

    private static final String TEXT = "Poll finds support for ferries\n\n"
            + "A new Harbour Times poll released Sunday shows broad support for the ferries.\n\n"
            + "By 61%-29%, those surveyed said the ferry funding should not be cut.";

    @Test
    void thoseSurveyedArePeople() {
        assertEquals("those surveyed", with(TEXT, "the ferry funding").speakerName());
    }
}
