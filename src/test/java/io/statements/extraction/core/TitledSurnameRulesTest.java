package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names34: a bare last name several people share, after an honorific. Rule titled-surname: a title that
 * gives no gender (`Dr.`, `Judge`) picks the one the text introduced with that title. Rule honorific-unknown-first:
 * `Mrs.` picks the one woman of that name though no list genders the first-named man's first name. Invented text.
 */
class TitledSurnameRulesTest {

    private static final String COUSINS = "Orchard dispute\n\n"
            + "Ambrose Kettering, who runs the family orchard, wants to sell it. His cousin, Dr. Lucian Kettering, a"
            + " dentist in the next town, holds a fifth of the land.\n\n"
            + "\"We should keep the trees,\" Dr. Kettering said on Sunday.\n\n"
            + "\"The trees are old and so am I,\" Mr. Kettering said.";

    private static final String COUPLE = "Bakery closes\n\n"
            + "Thaddeus Quimby and his wife, Margaret Quimby, closed their bakery on Friday after thirty years.\n\n"
            + "\"We gave it everything we had,\" Mrs. Quimby said outside the shop.\n\n"
            + "\"The rent doubled,\" Mr. Quimby said.";

    @Test
    void theDoctorIsTheOneIntroducedAsDoctor() {
        assertEquals("Lucian Kettering", with(COUSINS, "We should keep the trees").speakerName());
    }

    @Test
    void mrStaysTheFirstNamed() {
        assertEquals("Ambrose Kettering", with(COUSINS, "The trees are old").speakerName());
    }

    @Test
    void mrsIsTheOneWomanThoughTheManIsUngendered() {
        assertEquals("Margaret Quimby", with(COUPLE, "We gave it everything").speakerName());
    }

    @Test
    void mrIsTheUngenderedMan() {
        assertEquals("Thaddeus Quimby", with(COUPLE, "The rent doubled").speakerName());
    }
}
