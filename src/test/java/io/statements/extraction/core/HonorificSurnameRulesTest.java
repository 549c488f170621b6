package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names18: two people sharing a last name (`Tom Halvorsen`, his wife `Anna Halvorsen`): `Mrs. Halvorsen` and
 * the `she` after her are the woman, `Mr. Halvorsen` the man, though the man was named first. Invented text.
 */
class HonorificSurnameRulesTest {

    private static final String TEXT = "Harbour levy\n\n"
            + "Former mayor Tom Halvorsen campaigned for his wife on Monday. Anna Halvorsen, the candidate for mayor,"
            + " defended the levy. \"The docks cannot pay for themselves,\" Mrs. Halvorsen said. She added that \"the"
            + " ferries come first.\"\n\n"
            + "\"My wife is right about the docks,\" Mr. Halvorsen told reporters.";

    @Test
    void mrsIsTheWoman() {
        assertEquals("Anna Halvorsen", with(TEXT, "The docks cannot pay").speakerName());
    }

    @Test
    void herPronounFollows() {
        assertEquals("Anna Halvorsen", with(TEXT, "the ferries come first").speakerName());
    }

    @Test
    void mrIsTheMan() {
        assertEquals("Tom Halvorsen", with(TEXT, "My wife is right").speakerName());
    }
}
