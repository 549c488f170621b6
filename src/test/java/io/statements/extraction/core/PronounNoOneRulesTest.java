package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names18: `he` after a statement of `some Democrats` is not the Democrats (one plural word for a party or a
 * people, a place or a state abbreviation is nobody `he` or `she` stands for): the person named before. Invented text.
 */
class PronounNoOneRulesTest {

    private static final String TEXT = "Levy vote\n\n"
            + "Tom Berger, the former mayor, spoke on Monday. \"The docks will pay for themselves,\" Mr. Berger said. A"
            + " quieter Berger may not be a bad thing, say some Democrats, who recall his old speeches.\n\n"
            + "Yet the old Berger has yet to appear. In 1988, he promised the islands that \"the ferries come first.\"";

    @Test
    void aPartyInThePluralIsNoHe() {
        assertEquals("Tom Berger", with(TEXT, "the ferries come first").speakerName());
    }
}
