package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names46, rules office-paraphrase ({@link OfficeParaphrases}) and age-of-two ({@link AgeDescriptions}): `the
 * country's top diplomat` is the one foreign minister the article named, `the top government spokesman` the chief
 * cabinet secretary; with two foreign ministers named the paraphrase names neither; `the 34-year-old` that two people
 * were given stays an unnamed person, never the first of them nor a group. Invented text.
 */
class OfficeParaphraseRulesTest {

    private static final String ONE = "Ostrel and Vantry restore ties\n\n"
            + "Vantry's Foreign Minister Juna Sarke arrived in Ostrel on Monday.\n\n"
            + "\"We have turned a page,\" the country's top diplomat told reporters.\n\n"
            + "Chief Cabinet Secretary Ren Takuda said the cabinet welcomed the visit. \"It is a good day,\" the top"
            + " government spokesman added.\n";

    private static final String TWO = "Ministers meet in Ostrel\n\n"
            + "Foreign Minister Juna Sarke of Vantry met Foreign Minister Pell Orvin of Ostrel on Monday.\n\n"
            + "\"We have turned a page,\" the top diplomat told reporters.\n";

    private static final String AGES = "Two veterans stay at Harlow\n\n"
            + "Harlow striker Abu Tenner, 34, and keeper Vid Sorak, 34, have signed new deals, the club said.\n\n"
            + "\"I still have a lot to give,\" the 34-year-old said.\n";

    @Test
    void theTopDiplomatIsTheForeignMinister() {
        assertEquals("Juna Sarke", with(ONE, "We have turned a page").speakerName());
    }

    @Test
    void theTopGovernmentSpokesmanIsTheChiefCabinetSecretary() {
        assertEquals("Ren Takuda", with(ONE, "It is a good day").speakerName());
    }

    @Test
    void twoForeignMinistersLeaveTheParaphraseUnresolved() {
        assertEquals("top diplomat", with(TWO, "We have turned a page").speakerName());
    }

    @Test
    void anAgeTwoPeopleWereGivenNamesNeither() {
        ExtractedStatement s = with(AGES, "I still have a lot");
        assertEquals("34-year-old", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
    }
}
