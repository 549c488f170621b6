package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n74d: words that open a person's capitalised run but are no part of the name ({@link NameOpenerSlips}): a
 * quantifier opening the sentence, an age epithet, a title typed with a letter dropped, added, replaced or two
 * swapped; a kin description whose `of` object is another person ({@link AppositiveHosts}); and an outlet that
 * describes someone as calling ({@link QuotedAsSaying}); `asked questions` is no verb `questions` with the subject
 * `asked` ({@link PluralCueNouns}). Invented text.
 */
class NameOpenerSlipRulesTest {

    @Test
    void aQuantifierOpeningTheSentenceIsNoGivenName() {
        String text = "Port talks stall\n\nThe talks broke up early. Both Ms. Lanwick and the dockers had hoped for more."
                + "\n\n\"We are further apart than we were in May,\" she said.";
        assertEquals("Lanwick", with(text, "further apart").speakerName());
    }

    @Test
    void aQuantifierKeepsAGroupOrABody() {
        String text = "Vote splits the party\n\nSome Harbourside councillors said the vote was \"a plain mistake\".";
        assertEquals("Harbourside councillors", with(text, "plain mistake").speakerName());
    }

    @Test
    void anAgeBeforeAGivenNameIsNoPartOfIt() {
        String text = "Clinic strain\n\nThirty-one-year-old Marisol worked three nights in a row at the clinic.\n\n"
                + "\"I could not feel my hands by the end of the week,\" she said.";
        assertEquals("Marisol", with(text, "feel my hands").speakerName());
        String digits = "Clinic strain\n\nThe 45-year-old Ansel Brody said the ward was \"short of everything\".";
        assertEquals("Ansel Brody", with(digits, "short of everything").speakerName());
    }

    @Test
    void aTitleTypedWithALetterDroppedIsTheTitle() {
        String text = "Assembly shut until spring\n\nPrime Minster Arlo Penwick said the house would not sit until April."
                + "\n\n\"The house has been stuck for months and needs to start again,\" he said.";
        assertEquals("Arlo Penwick", with(text, "stuck for months").speakerName());
    }

    @Test
    void typosOfLongTitlesOnly() {
        assertTrue(NameOpenerSlips.misspeltTitle("minster"));   // a letter dropped
        assertTrue(NameOpenerSlips.misspeltTitle("presdient")); // two letters swapped
        assertTrue(NameOpenerSlips.misspeltTitle("comissioner")); // a letter dropped
        assertTrue(NameOpenerSlips.misspeltTitle("senatur"));   // a letter replaced
        assertFalse(NameOpenerSlips.misspeltTitle("minister")); // the title itself
        assertFalse(NameOpenerSlips.misspeltTitle("marshall")); // a letter added: a name of its own
        assertFalse(NameOpenerSlips.misspeltTitle("senators"));
        assertFalse(NameOpenerSlips.misspeltTitle("hector"));   // too short to tell from a name
        assertFalse(NameOpenerSlips.misspeltTitle("young"));
    }

    @Test
    void aNameLikeATitleAfterAnotherNameStays() {
        String text = "Crew named\n\nCoach Elda Young said the crew was \"the strongest we have sent in years\".";
        assertEquals("Elda Young", with(text, "strongest we").speakerName());
    }

    @Test
    void theParentOfAVictimIsTheNameBeforeTheComma() {
        String text = "Families heard\n\n\"Today we were finally heard by the court,\" Dorian Klimt, the father of flood"
                + " victim Clara said.";
        assertEquals("Dorian Klimt", with(text, "finally heard").speakerName());
    }

    @Test
    void aParentNamedAfterTheDescriptionStays() {
        String text = "Families heard\n\nThe mother of flood victim Ysolde, Petra Klimt, said the ruling was "
                + "\"long overdue\".";
        assertEquals("Petra Klimt", with(text, "long overdue").speakerName());
    }

    @Test
    void anOutletDescribingSomeoneAsCallingRelaysThem() {
        String text = "Trial update\n\nThe chemist Ilse Varnhold spoke on Tuesday. The Gazette describes Varnhold as "
                + "calling the result a \"promising\" start.";
        assertEquals("Ilse Varnhold", with(text, "promising").speakerName());
    }

    @Test
    void questionsAfterAskedAreTheObjectNoVerb() {
        String text = "Press row\n\nIlse Varnhold said riders at the stage are asked questions that she \"answered a "
                + "hundred times already this season\".";
        assertEquals("Ilse Varnhold", with(text, "hundred times").speakerName());
    }
}
