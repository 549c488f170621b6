package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n66b, rule firm-head-name ({@link OrganisationKinds#kindName}): a run ending in a firm's head (`Corporation`,
 * `Motors`) is a body's name, so a title word opening it (`General`, `National`) stays; a person's
 * title is still stripped. Invented text.
 */
class FirmHeadNameRulesTest {

    @Test
    void aTitleWordOpeningAMotorsNameStays() {
        String text = "Valve maker fined\n\n"
                + "General Ferrand Motors said a run of \"missed checks and poor training\" led to the faulty valves.";
        assertEquals("General Ferrand Motors", with(text, "missed checks").speakerName());
    }

    @Test
    void aNationalCorporationAfterAPlacesPossessiveStaysWhole() {
        String text = "Mine collapse\n\n"
                + "Peru's National Mining Corporation, which owns the pit, said the collapse was \"a sudden rockfall deep in the mine.\"";
        assertEquals("National Mining Corporation", with(text, "a sudden rockfall").speakerName());
    }

    @Test
    void aGeneralsTitleIsStillStrippedFromAPerson() {
        String text = "Valve maker fined\n\n"
                + "General Tom Reyes said the army had \"no further use for the valves at all.\"";
        assertEquals("Tom Reyes", with(text, "no further use").speakerName());
    }
}
