package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names46, rule long-organisation-name ({@link LongOrganisationNames}): an organisation's name with `and`
 * inside (`The Organisation for Security and Cooperation in ...`, `the Ministry of A, B and C`, `The Food and Drug
 * Authority`) speaks whole before its verb, not the words after `and`. Two people, two places, two organisations with
 * their own article, and a person joined to an organisation stay as they were. Invented text.
 */
class LongOrganisationNameRulesTest {

    private static final String TEXT = "Monitors count blasts near crossing\n\n"
            + "The Organisation for Safety and Cooperation in Northern Velmar said on Monday its monitors heard 80"
            + " blasts overnight.\n\n"
            + "\"The shelling has to stop,\" the Organisation for Safety and Cooperation in Northern Velmar (OSCNV) said"
            + " in a report.\n\n"
            + "The Ministry of Roads, Bridges and Inland Waterways said the ferry would run again.\n\n"
            + "The Seed and Fertiliser Authority said stocks were low.\n\n"
            + "The Department of Lakes and Tom Arvid said the water was clean.\n\n"
            + "Kiri Osei and Nils Varga said the road was closed.\n\n"
            + "The Harbour Board and the Port Authority said the quay would reopen.\n\n"
            + "A study published in May by the Council for Soil and Water Research noted that half the wells"
            + " were dry.\n";

    @Test
    void theWholeNameSpeaksBeforeItsVerb() {
        assertEquals("Organisation for Safety and Cooperation in Northern Velmar",
                with(TEXT, "its monitors heard").speakerName());
    }

    @Test
    void itsAcronymAfterItKeepsTheWholeName() {
        assertEquals("Organisation for Safety and Cooperation in Northern Velmar",
                with(TEXT, "The shelling has to stop").speakerName());
    }

    @Test
    void aListOfWordsInsideTheName() {
        assertEquals("Ministry of Roads, Bridges and Inland Waterways", with(TEXT, "the ferry would run").speakerName());
    }

    @Test
    void twoWordsJoinedBeforeTheOrganisationWord() {
        assertEquals("Seed and Fertiliser Authority", with(TEXT, "stocks were low").speakerName());
    }

    @Test
    void aPersonAfterAndIsNoPartOfTheName() {
        assertEquals("Tom Arvid", with(TEXT, "the water was clean").speakerName());
    }

    @Test
    void twoPeopleStayTwoPeople() {
        assertEquals("Kiri Osei and Nils Varga", with(TEXT, "the road was closed").speakerName());
    }

    @Test
    void theAuthorAfterByKeepsItsWholeName() {
        assertEquals("Council for Soil and Water Research", with(TEXT, "half the wells were dry").speakerName());
    }

    @Test
    void twoOrganisationsWithTheirOwnArticle() {
        assertEquals("Port Authority", with(TEXT, "the quay would reopen").speakerName());
    }
}
