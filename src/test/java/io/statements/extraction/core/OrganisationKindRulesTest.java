package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names43, rule organisation-kind ({@link OrganisationKinds}, asked by {@link OrgAnaphora}): `the lender`,
 * `the insurer`, `the union`, `the airline` are the organisation of that kind the article named before, known by
 * the words of its name (`X Bank`, `X Assurance`, `X Association`), else the one organisation with no kind word the
 * article made a sentence's subject; never a person, a place or a dateline. Invented text.
 */
class OrganisationKindRulesTest {

    @Test
    void theLenderIsTheBankNamedBefore() {
        String text = "Bank sorry for outage\n\n"
                + "Customers of Corrow Bank could not pay by card for six hours on Friday.\n\n"
                + "\"We let our customers down and we will compensate them,\" the lender said.";
        assertEquals("Corrow Bank", with(text, "We let our customers down").speakerName());
    }

    @Test
    void theInsurerIsTheAssuranceFirmNotTheMinerNamedAfterIt() {
        String text = "Quarry flood\n\n"
                + "Tessel Assurance said it would cover the losses of the Brightwater Mining site.\n\n"
                + "\"Claims will be paid within the month,\" the insurer said.";
        assertEquals("Tessel Assurance", with(text, "Claims will be paid").speakerName());
    }

    @Test
    void theUnionIsTheAssociationNamedBefore() {
        String text = "Drivers to strike\n\n"
                + "The Bus Drivers Association said its members would strike on Monday.\n\n"
                + "\"Nobody wants this, but we were left no choice,\" the union said.";
        assertEquals("Bus Drivers Association", with(text, "Nobody wants this").speakerName());
    }

    @Test
    void theAirlineIsTheOneNameWithoutAKindWordThatOpenedASentence() {
        String text = "Skyvona grounds fleet\n\n"
                + "Skyvona has grounded its fleet after a software fault on Tuesday morning.\n\n"
                + "\"Every passenger will be rebooked at no cost,\" the airline said.";
        assertEquals("Skyvona", with(text, "Every passenger will be rebooked").speakerName());
    }

    @Test
    void twoNamesWithoutAKindWordLeaveTheDescription() {
        String text = "Flights cancelled\n\n"
                + "Skyvona has grounded its fleet after a software fault. Aerolink said it would add flights.\n\n"
                + "\"Every passenger will be rebooked at no cost,\" the airline said.";
        assertEquals("airline", with(text, "Every passenger will be rebooked").speakerName());
    }

    @Test
    void aDatelinePlaceIsNoMiner() {
        String text = "Mine shut\n\n"
                + "KORVALA - Production has stopped at the deep shaft after a fire, officials said.\n\n"
                + "\"Nobody was hurt,\" the miner said.";
        assertEquals("miner", with(text, "Nobody was hurt").speakerName());
    }

    @Test
    void aClubNamedUnitedIsTheClub() {
        // n63c, rule club-name-words
        String text = "Manager sacked\n\n"
                + "Larkfield United sacked their manager on Sunday after a fifth defeat in a row.\n\n"
                + "\"We thank him for his service,\" the club said.";
        assertEquals("Larkfield United", with(text, "We thank him for his service").speakerName());
    }

    @Test
    void aClubNamedRangersIsTheClub() {
        String text = "Manager sacked\n\n"
                + "Kerr Rangers sacked their manager on Sunday. Fans had protested outside the ground for weeks.\n\n"
                + "\"We thank him for his service,\" the club said.";
        assertEquals("Kerr Rangers", with(text, "We thank him for his service").speakerName());
    }

    @Test
    void aPlaceEndingInCityIsNoClub() {
        String text = "Manager sacked\n\n"
                + "Fans in Harlow City protested on Sunday after a fifth defeat in a row.\n\n"
                + "\"We thank him for his service,\" the club said.";
        assertEquals("club", with(text, "We thank him for his service").speakerName());
    }
}
