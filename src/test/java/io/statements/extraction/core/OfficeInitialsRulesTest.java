package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n55a, rules office-initials and office-initials-appositive: an office's initials before a surname or alone
 * (`IGP Sandhu`, `the CJT`) for the person the text gave the office in full; a name with an office in capitals
 * after its comma (`Lata Bhonsle, ASP, Hill Range, said`). Near-misses: a shared surname, an organisation's initials,
 * a body's initials the text spells, an acronym speaking alone after a comma. Invented text.
 */
class OfficeInitialsRulesTest {

    private static final String POLICE = "Landslide blocks highway to Parvat\n\n"
            + "Inspector General of Police Harpreet Sandhu said about 40 vehicles were stuck near the pass.\n\n"
            + "A driver, Manjit Sandhu, said he had waited ten hours.\n\n"
            + "\"The road will open to light vehicles by the evening,\" Lata Bhonsle, ASP, Hill Range, said.\n\n"
            + "\"We have moved every earth-mover in the district to the site,\" added IGP Sandhu.";

    private static final String COURT = "Court frees jailed editor in Tarsia\n\n"
            + "The High Court of Tarsia on Friday ordered the release of the editor Jonas Pell.\n\n"
            + "Chief Justice Mirela Oskar read the order in a packed courtroom.\n\n"
            + "\"A newspaper may be wrong and still be free,\" the CJT said.";

    private static final String BODIES = "Doctors oppose clinic cuts\n\n"
            + "Deputy Mayor Ravi Menon said the city could no longer afford the night clinics.\n\n"
            + "\"Patients will travel further,\" the Harbour City Medical Union said. \"This is a false saving,\" the "
            + "HCMU added.\n\n"
            + "\"We will hold the line,\" NDA, the coalition, said.";

    @Test
    void initialsBeforeASurnameAreTheOfficeHolder() {
        assertEquals("Harpreet Sandhu", with(POLICE, "every earth-mover").speakerName());
    }

    @Test
    void theInitialsAloneAreTheHolderWithTheCountrysLetter() {
        assertEquals("Mirela Oskar", with(COURT, "may be wrong and still be free").speakerName());
    }

    @Test
    void aNameBeforeACapitalOfficeSpeaks() {
        assertEquals("Lata Bhonsle", with(POLICE, "open to light vehicles").speakerName());
    }

    @Test
    void aBodysInitialsStayTheBodys() {
        assertEquals("Harbour City Medical Union", with(BODIES, "This is a false saving").speakerName());
        assertEquals("NDA", with(BODIES, "We will hold the line").speakerName());
    }
}
