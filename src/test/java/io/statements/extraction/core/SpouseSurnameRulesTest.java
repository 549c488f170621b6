package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n59c, rule titled-surname-spouse ({@link SpouseSurnames}): a president named only by title and last name and
 * the first lady (or a wife, a husband) named in full share the last name: `President Harlow` and a bare `Harlow said`
 * are his, the last name as written, not the spouse's full name. Near-misses: a senator named in full beside his wife,
 * a wife's own honorific, a first lady quoted by her full name. Invented text.
 */
class SpouseSurnameRulesTest {

    private static final String TEXT = "Fire at the basilica\n\n"
            + "\"Our hearts are with every parish in Valdora,\" wrote President Harlow.\n\n"
            + "Hours before, the president had urged the city to send its pumping barges to the basilica, where First "
            + "Lady Anneliese Harlow once opened a choir school.\n\n"
            + "\"The barges should be at the quay by now,\" Harlow said in a second message.";

    @Test
    void theTitledLastNameIsNotTheSpousesFullName() {
        assertEquals("Harlow", with(TEXT, "Our hearts are with every parish").speakerName());
        assertEquals("Harlow", with(TEXT, "The barges should be at the quay").speakerName());
    }

    @Test
    void aSpouseQuotedByHerFullNameKeepsIt() {
        String text = TEXT + "\n\n\"The towers will stand,\" First Lady Anneliese Harlow said.";
        assertEquals("Anneliese Harlow", with(text, "The towers will stand").speakerName());
    }

    @Test
    void aPersonNamedInFullBesideTheSpouseKeepsTheLastName() {
        String text = "Vote\n\nSenator Imre Voss defended his vote on Tuesday. His wife, Carla Voss, sat beside him.\n\n"
                + "\"I would vote the same way again,\" Voss said.";
        assertEquals("Imre Voss", with(text, "I would vote the same way").speakerName());
        String wife = "Vote\n\nSenator Voss defended his vote on Tuesday. His wife, Carla Voss, sat beside him.\n\n"
                + "\"He has my support,\" Mrs. Voss said.";
        assertEquals("Carla Voss", with(wife, "He has my support").speakerName());
    }
}
