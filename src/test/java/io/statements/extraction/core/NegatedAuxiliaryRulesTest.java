package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A contracted negated auxiliary (`didn't`, `doesn’t`, `hasn't`) between a subject and its verb of saying or belief is
 * skipped like `did not` (session extraction14): before, the subject was `didn't` itself, or `Holt hasn't`. Invented
 * sentences.
 */
class NegatedAuxiliaryRulesTest {

    @Test
    void aContractedNegationIsNoSubject() {
        ExtractedStatement s = with("Port news.\n\nMayor Anna Holt spoke on Monday.\n\nShe didn't believe the board "
                + "would act before May.", "the board would act");
        assertEquals("She", s.speakerMention().text(), s.toString());
        assertEquals("Anna Holt", s.speakerName(), s.toString());
    }

    @Test
    void aNameBeforeAContractedNegationKeepsItsName() {
        ExtractedStatement s = with("Port news.\n\nTom Reyes hasn\u2019t denied that the fees were raised twice.",
                "the fees were raised twice");
        assertEquals("Tom Reyes", s.speakerMention().text(), s.toString());
    }
}
