package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names47, rule pronoun-not-place (`PronounAgreement.placeAfterPreposition`): a one-word name the text puts
 * only after `in`, `at` or `from` is a place, no antecedent of `he` or `she`, even when it is also a first name
 * (`Sofia`, `Florence`, `Jordan`); a word the text also uses as a subject, and a last name the text gives a person in
 * full, still name people. Invented text.
 */
class PronounNotPlaceRulesTest {

    @Test
    void aCityAfterInIsNoWoman() {
        String text = "Polls open\n\nOpposition leader Tarkovic, whose party leads the polls, cast a ballot in Sofia."
                + " \"People are tired of waiting,\" she told reporters.";
        assertEquals("Tarkovic", with(text, "People are tired of waiting").speakerName());
    }

    @Test
    void aCityAfterInIsNoWomanInAShortReport() {
        String text = "Vote\n\nOpposition leader Tarkovic cast a ballot in Sofia. \"People are tired of waiting,\" she"
                + " told reporters.";
        assertEquals("Tarkovic", with(text, "People are tired of waiting").speakerName());
    }

    @Test
    void theSameWordAsASubjectStillNamesAPerson() {
        String text = "Gallery row\n\nFlorence, the curator, opened the show on Friday, the first in Florence for a"
                + " decade. \"We have never had crowds like this,\" she said.";
        assertEquals("Florence", with(text, "We have never had crowds").speakerName());
    }

    @Test
    void aLastNameGivenInFullStillNamesAPerson() {
        String text = "Budget fight\n\nRep. Adam Jordan opposed the bill. The plan drew fire from Jordan on Monday."
                + " \"This bill spends money we do not have,\" he said.";
        assertEquals("Adam Jordan", with(text, "This bill spends money").speakerName());
    }
}
