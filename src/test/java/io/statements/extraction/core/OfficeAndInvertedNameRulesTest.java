package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Names the multi-outlet judge reads (session extraction13): the holder of an office of a place is a person, never
 * the place; an organisation named with `for` after its verb stays whole; two people named after the verb speak
 * together; a name before two appositives is the subject. Invented sentences.
 */
class OfficeAndInvertedNameRulesTest {

    private static final String HEAD = "Ferry fares will rise in May.\n\n";

    @Test
    void theHolderOfAnOfficeOfAStateIsTheTitleNotTheState() {
        ExtractedStatement s = with(HEAD + "The attorney general of Oklahoma said the fares were unlawful.",
                "the fares were unlawful");
        assertEquals("attorney general", s.speakerName());
        ExtractedStatement t = with(HEAD + "The president of Norway said the fares were unlawful.",
                "the fares were unlawful");
        assertEquals("president", t.speakerName());
    }

    @Test
    void theNameAfterAnOfficeOfAPlaceIsItsHolder() {
        assertEquals("Mike Hunter", with(HEAD + "\"The fares are unlawful,\" said the attorney general of Oklahoma, "
                + "Mike Hunter.", "The fares are unlawful").speakerName());
        assertEquals("Anna Holt", with(HEAD + "The mayor of Eastbrook, Anna Holt, said the fares were unlawful.",
                "the fares were unlawful").speakerName());
    }

    @Test
    void anOrganisationWithForAfterTheVerbStaysWhole() {
        ExtractedStatement s = with(HEAD + "\"Crews are tired,\" said the Center for Coastal Studies.", "Crews are tired");
        assertEquals("Center for Coastal Studies", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
        // a person's outlet after `for` is not part of the name
        assertEquals("Cameron Dale", with(HEAD + "\"The fares are too high,\" wrote Cameron Dale for the Harbour "
                + "Gazette.", "The fares are too high").speakerName());
    }

    @Test
    void twoPeopleNamedAfterTheVerbSpeakTogether() {
        ExtractedStatement s = with(HEAD + "\"We oppose the plan,\" said Ida Berg and Tom Reyes, two captains.",
                "We oppose the plan");
        assertEquals("Ida Berg and Tom Reyes", s.speakerName());
        assertEquals(SpeakerKind.GROUP, s.speakerKind());
        assertEquals("Department of Harbours and Coastal Works", with(HEAD + "\"We oppose it,\" said the Department "
                + "of Harbours and Coastal Works.", "We oppose it").speakerName());
    }

    @Test
    void aNameBeforeTwoAppositivesIsTheSubject() {
        ExtractedStatement s = with(HEAD + "\"The fares are unlawful,\" Ada Quill, the attorney general of Kestrel, "
                + "one of the provinces taking the ferry company to court, said on Monday.", "The fares are unlawful");
        assertEquals("Ada Quill", s.speakerName());
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("Rita Salo", with(HEAD + "Rita Salo, 71, a retired nurse in Eastbrook, said the fares were "
                + "unlawful.", "the fares were unlawful").speakerName());
    }

    @Test
    void aRoleInsideANameRunLeavesThePersonAfterIt() {
        ExtractedStatement s = with(HEAD + "\"We will respond,\" said Harbour League Secretary General Jens Aalto.",
                "We will respond");
        assertEquals("Jens Aalto", s.speakerName());
        // registered under the last name too: `Aalto said` later is the same person
        assertEquals("Jens Aalto", with(HEAD + "Harbour Board Chairman Jens Aalto opened the meeting. \"The fares "
                + "stay,\" Aalto said.", "The fares stay").speakerName());
    }

    @Test
    void theHeadOfAnOrganisationWithANameAfterItsCommaIsThatPerson() {
        assertEquals("Rafael Grosso", with(HEAD + "\"It is a dangerous escalation,\" the head of the Harbour "
                + "Safety Agency, Rafael Grosso, told reporters.", "dangerous escalation").speakerName());
    }

    @Test
    void aParticleStaysInsideAPersonsName() {
        String text = HEAD + "President Luiz Carlos Lima da Costa promised aid to the harbour towns. \"No one will be "
                + "left behind,\" Lima said. \"The water came so fast,\" said Maria dos Anjos, 62.";
        assertEquals("Luiz Carlos Lima da Costa", with(text, "aid to the harbour towns").speakerName());
        assertEquals("Luiz Carlos Lima da Costa", with(text, "left behind").speakerName());
        assertEquals("Maria dos Anjos", with(text, "The water came so fast").speakerName());
    }

    @Test
    void aClauseAfterTheVerbIsNoInvertedSubject() {
        ExtractedStatement s = with(HEAD + "A spokesperson for the harbour board, who asked not to be named, said the "
                + "search would continue through the night.", "the search would continue");
        assertEquals("A spokesperson for the harbour board, who asked not to be named", s.speakerMention().text());
    }

    @Test
    void aPersonOfAnOrganisationIsThePerson() {
        assertEquals("Sarah Jonsson", with(HEAD + "Dr Sarah Jonsson of the University of Eastbrook said the dispute "
                + "could last for months.", "the dispute could last").speakerName());
        assertEquals("Bank of Eastbrook", with(HEAD + "The Bank of Eastbrook said the dispute could last for months.",
                "the dispute could last").speakerName());
    }

    @Test
    void aFirstNameOnePersonHasIsThatPerson() {
        String text = HEAD + "Harbour ministry spokesman Wang Lifen said the fares would stay. \"It is fair,\" Wang "
                + "told a briefing.";
        assertEquals("Wang Lifen", with(text, "It is fair").speakerName());
        // two people called Tom: `Tom said` names neither
        String two = HEAD + "Tom Reyes and Tom Baker run the ferry. \"We are tired,\" Tom said.";
        assertEquals("Tom", with(two, "We are tired").speakerName());
    }

    @Test
    void anArabicParticleJoinedByAHyphenIsPartOfTheName() {
        assertEquals("Majed al-Harbi", with(HEAD + "Harbour Ministry spokesman Majed al-Harbi told reporters that the "
                + "talks were \"at a very delicate stage.\"", "delicate stage").speakerName());
    }
}
