package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names21: `the president` is the one the story calls `President Hale` (one word after the title), not `Vice
 * President Martin Cole`, not `Ruth Gale, the president of the Harbour Guild`, not `former President Tom Avery`; `the
 * vice president` is Cole and `the former president` Avery. Invented text.
 */
class PresidentTitleRulesTest {

    private static final String TEXT = "Hale signs harbour bill\n\n"
            + "WASHINGTON -- President Hale signed the harbour bill on Friday, with Vice President Martin Cole at his"
            + " side.\n\n"
            + "Ruth Gale, the president of the Harbour Guild, watched from the gallery beside former President Tom"
            + " Avery.\n\n"
            + "\"The port will outlast all of us,\" the president said.\n\n"
            + "\"I told him to sign it in the spring,\" the vice president said.\n\n"
            + "\"It took far too long,\" the former president said.";

    @Test
    void thePresidentIsTheOneCalledPresident() {
        assertEquals("Hale", with(TEXT, "The port will outlast").speakerName());
    }

    @Test
    void theVicePresidentIsNotThePresident() {
        assertEquals("Martin Cole", with(TEXT, "I told him to sign").speakerName());
    }

    @Test
    void theFormerPresidentIsTheFormerOne() {
        assertEquals("Tom Avery", with(TEXT, "It took far too long").speakerName());
    }
}
