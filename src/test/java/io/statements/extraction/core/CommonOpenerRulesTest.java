package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names17: a word capitalised only because it opens its sentence, which the text also writes in lower case
 * (`Social media has made it harder, she said`, `Hours later, she added`), is no one-word name a pronoun can mean:
 * `she` is the woman named before, not a person called `Social`. Invented text.
 */
class CommonOpenerRulesTest {

    private static final String TEXT = "Rumours spread faster than facts\n\n"
            + "Mayor Tom Okafor said the harbour rumours were \"getting out of hand\" this week.\n\n"
            + "Angela Berg, the editor of the Harbour Herald, has checked the mayor's claims for a decade. The work is"
            + " slow and poorly paid. Social media has made it harder, she said: \"Every rumour now travels around the"
            + " town in an hour.\"\n\n"
            + "Hours later, she added that the paper \"will not stop checking\" what officials say, and that social"
            + " networks must do more.";

    @Test
    void aCommonWordOpeningTheSentenceIsNoAntecedent() {
        assertEquals("Angela Berg", with(TEXT, "Every rumour").speakerName());
    }

    @Test
    void theNextPronounIsTheSamePerson() {
        assertEquals("Angela Berg", with(TEXT, "will not stop checking").speakerName());
    }
}
