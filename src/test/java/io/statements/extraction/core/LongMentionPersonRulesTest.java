package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49b, rules organisation-then-name, person-from-body, unclosed-appositive ({@link LongMentionPersons}) and
 * envoy-to-place ({@link TitleAppositives}): the person inside a long mention is the speaker: `the secretary of the
 * Norlund Academy Sara Velkind says`, `Park Ji-ho from the Unity Party, mayor of Hanseo, said`, `Costavia's
 * ambassador to Merania, Roberto Manuz, said`, `Tomas Lind, agency director said`. A body alone (`the Norlund
 * Academy`), a lower-case `from` phrase and a place before the comma (`In Hanseo, party leader said`) are not
 * persons. Invented text.
 */
class LongMentionPersonRulesTest {

    private static final String TEXT = "Prize, visas and students\n\n"
            + "\"It was not a hard choice this year,\" the secretary of the Norlund Academy Sara Velkind says.\n\n"
            + "\"We have never closed the door,\" Costavia's ambassador to Merania, Roberto Manuz, said.\n\n"
            + "\"Our students have waited long enough,\" Park Ji-ho from the Unity Party, mayor of Hanseo, said.\n\n"
            + "\"The list will be public,\" the Norlund Academy said.\n\n"
            + "\"Beds are short,\" a doctor from the Hanseo clinic said.\n\n"
            + "Tomas Lind, agency director said there is \"no time to lose in this fight.\"\n\n"
            + "In Hanseo, party leader said there is \"no reason to wait for more cases.\"\n";

    @Test
    void theOfficerAfterTheBodysName() {
        ExtractedStatement s = with(TEXT, "It was not a hard choice");
        assertEquals("Sara Velkind", s.speakerName());
        assertEquals("Norlund Academy", s.speakerAffiliation());
    }

    @Test
    void theEnvoyAfterThePlaceHeIsSentTo() {
        assertEquals("Roberto Manuz", with(TEXT, "We have never closed").speakerName());
    }

    @Test
    void thePersonBeforeFromTheBody() {
        assertEquals("Park Ji-ho", with(TEXT, "Our students have waited").speakerName());
    }

    @Test
    void aBodyAloneAndALowerCasePhraseStay() {
        assertEquals("Norlund Academy", with(TEXT, "The list will be public").speakerName());
        assertEquals("doctor", with(TEXT, "Beds are short").speakerName());
    }

    @Test
    void theNameBeforeATitleWhoseClosingCommaIsMissing() {
        assertEquals("Tomas Lind", with(TEXT, "no time to lose").speakerName());
        assertEquals("party leader", with(TEXT, "no reason to wait").speakerName());
    }
}
