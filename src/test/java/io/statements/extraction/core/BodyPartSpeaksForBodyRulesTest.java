package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n66b, rule body-part-speaks-for-body ({@link PossessedBodyParts}): `X's regional offices`, `X's press office`
 * speak for the body X; a person's office and a place's office are not this rule's. Invented text.
 */
class BodyPartSpeaksForBodyRulesTest {

    @Test
    void aBodysRegionalOfficesAreTheBody() {
        String text = "Sentences condemned\n\n"
                + "Relief Aid International's regional offices in West Marenia urged the courts to free the men, "
                + "describing the sentence as \"a gross miscarriage of justice and a warning to all critics.\"";
        assertEquals("Relief Aid International", with(text, "a gross miscarriage").speakerName());
    }

    @Test
    void aBoardsPressOfficeIsTheBoard() {
        String text = "Harbour shut\n\n"
                + "The Harbour Board's press office said the closure was \"a needless blow to the fishing fleet.\"";
        assertEquals("Harbour Board", with(text, "a needless blow").speakerName());
    }

    @Test
    void aPlacesOfficeIsNoBody() {
        String text = "Visas\n\n"
                + "Marenia's embassy office said the visa rules were \"under review for the coming season.\"";
        assertNotEquals("Marenia", with(text, "under review").speakerName());
    }
}
