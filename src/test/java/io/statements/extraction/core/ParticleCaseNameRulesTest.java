package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names17: a last name with a lower-case particle (`Omar al-Haddad`) is the same person where the particle is
 * capitalised because it opens the mention or sentence (`Al-Haddad said`, `Footage of Al-Haddad`). Invented text.
 */
class ParticleCaseNameRulesTest {

    private static final String TEXT = "Cleric speaks at harbour\n\n"
            + "The cleric Omar al-Haddad spoke to dock workers on Friday about the new pier.\n\n"
            + "Mayor Tom Okafor said he would close the north pier, saying, \"Nobody will stop us from doing it.\"\n\n"
            + "Al-Haddad said the harbour \"belongs to those who work in it.\"\n\n"
            + "Footage of Al-Haddad again appears. \"The harbour will turn against its own workers,\" he says.";

    @Test
    void aCapitalisedParticleIsTheSameName() {
        assertEquals("Omar al-Haddad", with(TEXT, "belongs to those").speakerName());
    }

    @Test
    void thePronounAfterTheFootageIsTheSamePerson() {
        assertEquals("Omar al-Haddad", with(TEXT, "turn against").speakerName());
    }
}
