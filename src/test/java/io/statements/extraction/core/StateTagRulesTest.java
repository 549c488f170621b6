package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names26: a state's abbreviation (`N.H.`, `VA`) or a party-state tag (`R-S.C.`) between commas is no
 * subject. Invented text.
 */
class StateTagRulesTest {

    /** Rule place-state-tag: `At a fair in Port Alder, N.H., on Friday, X backed`, `in Gullhaven, VA, X ...`. */
    @Test
    void stateAfterThePlaceOfAnOpeningPhrase() {
        String text = "Harbour news\n\n"
                + "At a fair in Port Alder, N.H., on Friday, Senator Rita Vance of Vermont backed Mr. Dorn, saying"
                + " that he would make a fine mayor.\n\n"
                + "Monday at Gull Hall in Gullhaven, VA, Mayor Paul Dorn addressed the students, vowing"
                + " to protect the harbour.\n";
        assertEquals("Rita Vance", with(text, "fine mayor").speakerName());
        assertEquals("Paul Dorn", with(text, "protect the harbour").speakerName());
    }

    /** Rule tag-between-appositives: `X, R-S.C., a candidate, said`; `X, 30, of Kestrel, N.C., who ..., said`. */
    @Test
    void tagBeforeAnAppositive() {
        String text = "Harbour news\n\n"
                + "Sen. Ana Ruiz, R-S.C., an outsider in the governor's race, said the harbour plan was too costly"
                + " for the state.\n\n"
                + "\"Both plans scare me a great deal,\" Tom Bond, 30, of Kestrel, N.C., who took part in the survey,"
                + " said in an interview.\n";
        assertEquals("Ana Ruiz", with(text, "too costly").speakerName());
        assertEquals("Tom Bond", with(text, "scare me").speakerName());
    }
}
