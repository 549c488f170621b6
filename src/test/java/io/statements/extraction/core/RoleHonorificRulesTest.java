package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n59c, rule honorific-after-inner-role ({@link RoleHonorifics}): an organisation's office, an honorific or a
 * rank without its full stop, then the name (`GFA Chief Dr Marta Kell`, `Health Minister Dr Ama Owusu`): the person
 * is the name after the honorific. Near-misses: an office of two words before a name, the dotted form. Invented text.
 */
class RoleHonorificRulesTest {

    private static final String TEXT = "Fever\n\nThe Global Fever Agency (GFA) asked donors for money on Friday.\n\n"
            + "GFA Chief Dr Marta Kell said every clinic needed more nurses.\n\n"
            + "Health Minister Dr Ama Owusu said the money would help the clinics.\n\n"
            + "Army Chief Gen Tariq Bashir said the troops would stay in the north.\n\n"
            + "Chief Justice Ann Hale said the court would sit in August.\n\n"
            + "NSA Director Adm. Michael Rogers said the agency was ready.";

    @Test
    void theNameAfterAnOrganisationsOfficeAndAnHonorificIsThePerson() {
        assertEquals("Marta Kell", with(TEXT, "every clinic needed more nurses").speakerName());
        assertEquals("Ama Owusu", with(TEXT, "would help the clinics").speakerName());
        assertEquals("Tariq Bashir", with(TEXT, "would stay in the north").speakerName());
    }

    @Test
    void theSheAfterTheChiefIsTheChief() {
        String kell = "Fever\n\nCases have reached Liberia and Sierra Leone.\n\n"
                + "GFA Chief Dr Marta Kell said every clinic needed more nurses.\n\n"
                + "\"Poor districts will run out of beds,\" she told a briefing.";
        assertEquals("Marta Kell", with(kell, "Poor districts will run out").speakerName());
    }

    @Test
    void anOfficeOfTwoWordsAndTheDottedFormKeepTheirReading() {
        assertEquals("Ann Hale", with(TEXT, "would sit in August").speakerName());
        assertEquals("Michael Rogers", with(TEXT, "the agency was ready").speakerName());
    }
}
