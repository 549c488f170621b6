package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n51f, rule possessive-participle: `the council's proposed levy`, `The firm's stated aim`: an `-ed` word
 * between a possessive and its noun is an adjective, so the owner says nothing and the pronouns after it stay with
 * the person; `he's expected to`, `The minister's announced that` keep their verb.
 */
class PossessiveParticipleRulesTest {

    private static boolean anyWith(String text, String words) {
        return Extracted.all(text).stream().anyMatch(s -> s.text().contains(words));
    }

    @Test
    void aPossessiveBeforeAParticipleSaysNothing() {
        String text = """
                Levy row

                Mayor Ilse Brannock spoke on Monday.

                Then she turned to the quarrel over the council\u2019s proposed harbour levy scheme.

                "We will talk to every skipper," she said.
                """;
        assertTrue(!anyWith(text, "harbour levy scheme"));
        assertEquals("Ilse Brannock", with(text, "We will talk to every skipper").speakerName());
    }

    @Test
    void aPluralOrNamedOwnerBeforeAStatedAimSaysNothing() {
        assertTrue(!anyWith("The firm's stated aim is to cut fares on the northern routes.", "cut fares"));
        assertTrue(!anyWith("Kestrel Foods' announced plan would close three mills in the valley.", "close three"));
    }

    @Test
    void aContractedHasKeepsItsVerb() {
        String text = "Harbour chief Mara Quell's announced that the ferry will run all winter.";
        assertTrue(anyWith(text, "the ferry will run all winter"));
    }
}
