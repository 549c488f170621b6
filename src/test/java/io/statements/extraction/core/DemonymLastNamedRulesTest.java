package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n66d, rule demonym-last-named ({@link RoleMentions#tiedPerson}): `the Briton` whose sentence before has no
 * named subject is the person named last in that sentence (`raised by its ousted chief, Mark Fenwick. Yet the Briton
 * warned`), as `the Vermont senator` is; not a person of the other gender, and not a person named further back.
 * Invented text.
 */
class DemonymLastNamedRulesTest {

    private static final String BRITON = "Chairman quits amid scandal\n\n"
            + "The chairman of Kestrel Optics stepped down on Monday while the firm tried to end claims raised by its "
            + "ousted chief executive, Mark Fenwick. Yet the Briton warned that the new board \"will only make things "
            + "far worse\".";

    private static final String NOBODY = "Chairman quits amid scandal\n\n"
            + "Mark Fenwick founded Kestrel Optics in 1990. Its shares fell by half this year.\n\n"
            + "The chairman stepped down on Monday while the firm tried to end the claims.\n\n"
            + "Yet the Briton warned that the new board \"will only make things far worse\".";

    private static final String OTHER_GENDER = "Chairman quits amid scandal\n\n"
            + "The chairman of Kestrel Optics stepped down on Monday while the firm tried to end claims raised by "
            + "Mrs. Jane Fenwick. Yet the Frenchman warned that the new board \"will only make things far worse\".";

    @Test
    void theDemonymIsThePersonNamedLastBefore() {
        assertEquals("Mark Fenwick", with(BRITON, "will only make things far worse").speakerName());
    }

    @Test
    void notAPersonNamedFurtherBack() {
        assertNotEquals("Mark Fenwick", with(NOBODY, "will only make things far worse").speakerName());
    }

    @Test
    void notAPersonOfTheOtherGender() {
        assertNotEquals("Jane Fenwick", with(OTHER_GENDER, "will only make things far worse").speakerName());
    }
}
