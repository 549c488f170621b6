package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n66d, rule bare-title-nearest-description ({@link UnnamedModifiedTitles}): a bare `the judge` whose nearest
 * earlier mention is an unnamed `the trial judge` (a modifier the named judge was never given) is that unnamed judge,
 * not `High Court judge X`; the holder when given that modifier, when named after the description, or when no such
 * description came between. Invented text.
 */
class BareTitleNearestDescriptionRulesTest {

    private static final String OPENING = "Councillor loses appeal\n\n"
            + "High Court judge Tamsin Orr upheld the fine imposed on a former councillor, Rhys Abel, on Wednesday.\n\n";

    private static final String TRIAL = OPENING
            + "The trial judge had found Abel did not correct a false statement to a committee.\n\n"
            + "In contrast, the judge said the committee's clerks \"showed courage in speaking out\" under pressure.";

    private static final String NO_DESCRIPTION = OPENING
            + "Abel did not correct a false statement to a committee, the court heard.\n\n"
            + "In contrast, the judge said the committee's clerks \"showed courage in speaking out\" under pressure.";

    private static final String GIVEN = "Councillor loses case\n\n"
            + "Trial judge Tamsin Orr fined a former councillor, Rhys Abel, on Wednesday.\n\n"
            + "The trial judge found Abel did not correct a false statement to a committee.\n\n"
            + "In contrast, the judge said the committee's clerks \"showed courage in speaking out\" under pressure.";

    private static final String NAMED_SINCE = OPENING
            + "The trial judge had found Abel did not correct a false statement. Orr agreed with that finding.\n\n"
            + "In contrast, the judge said the committee's clerks \"showed courage in speaking out\" under pressure.";

    @Test
    void theBareTitleAfterAnUnnamedDescriptionNamesNobody() {
        assertNotEquals("Tamsin Orr", with(TRIAL, "showed courage in speaking out").speakerName());
    }

    @Test
    void theHolderWithoutADescriptionBetween() {
        assertEquals("Tamsin Orr", with(NO_DESCRIPTION, "showed courage in speaking out").speakerName());
    }

    @Test
    void theHolderGivenTheModifier() {
        assertEquals("Tamsin Orr", with(GIVEN, "showed courage in speaking out").speakerName());
    }

    @Test
    void theHolderNamedAfterTheDescription() {
        assertEquals("Tamsin Orr", with(NAMED_SINCE, "showed courage in speaking out").speakerName());
    }
}
