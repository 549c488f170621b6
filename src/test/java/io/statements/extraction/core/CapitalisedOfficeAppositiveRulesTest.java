package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names43, rule capitalised-office-appositive ({@link TitleAppositives}): `The Leader of the Opposition,
 * Name,`, `The President of the X Union, Name,`: a capitalised title of an office right after `The`, then the holder
 * after a comma, is the holder, not the office's body. Invented text.
 */
class CapitalisedOfficeAppositiveRulesTest {

    @Test
    void theLeaderOfTheOppositionIsTheNameAfterTheComma() {
        String text = "Budget row\n\n"
                + "The Leader of the Opposition, Petra Lindqvist, said the budget was \"a plan for nobody\".";
        assertEquals("Petra Lindqvist", with(text, "a plan for nobody").speakerName());
    }

    @Test
    void thePresidentOfAUnionIsTheNameNotTheUnion() {
        String text = "Cup expands\n\n"
                + "The President of the Southern Hockey Union, Rafael Domenech, said the cup would grow "
                + "\"by eight teams\".";
        assertEquals("Rafael Domenech", with(text, "by eight teams").speakerName());
    }

    @Test
    void aTitleOpenerMayStandBeforeTheRole() {
        String text = "Visit\n\n"
                + "The Prime Minister of Estovia, Ilse Varga, said the visit was \"long overdue\".";
        assertEquals("Ilse Varga", with(text, "long overdue").speakerName());
    }
}
