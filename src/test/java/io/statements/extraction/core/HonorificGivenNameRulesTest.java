package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61a, rule honorific-given-name ({@link GivenNameHonorifics}, in {@link NamePrepass}): a name of four
 * words or more introduced with `Sheikh`, `Prince`, `Emir` ... is then written with the honorific and the given name
 * (`said Sheikh Salem`): the full name, not the given name alone. Near-miss: a long name with no such honorific keeps its given name unrecorded. Invented text.
 */
class HonorificGivenNameRulesTest {

    @Test
    void theGivenNameAfterTheHonorificIsTheFullName() {
        String text = "Blaze\n\nThe deputy prime minister Sheikh Salem Yusuf Nasser Al-Hamad said at least 30 people "
                + "had died.\n\n\"Greed is what leads to such disasters,\" stated Sheikh Salem, who also runs the "
                + "interior ministry.";
        assertEquals("Salem Yusuf Nasser Al-Hamad", with(text, "Greed is what leads").speakerName());
    }

    @Test
    void aLongNameWithoutSuchAnHonorificKeepsItsGivenNameUnrecorded() {
        String text = "Blaze\n\nThe mayor Maria Luisa Ortega Vidal said at least 30 people had died.\n\n"
                + "\"We will rebuild the block,\" stated Maria.";
        assertEquals("Maria", with(text, "rebuild the block").speakerName());
    }
}
