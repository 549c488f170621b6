package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n57b, rules epithet-origin, descendant-of-epithet and epithet-first-person ({@link EpithetTopics},
 * {@link StoryActors#firstPerson}): `the Canadian-born German citizen said` (a birthplace and a country as modifiers,
 * a citizen as head) and `said the granddaughter of the founder` (a descendant noun with `of`, no name after it) are
 * the person the passage is about; `The former boxer turned councillor` with nobody nearer is the person the story
 * names first among those it names most. Not the widow of a named man, not an epithet whose plural the text gave two
 * people, not a first-named person another person outnumbers. Invented text.
 */
class EpithetDescriptionRulesTest {

    private static final String ORIGIN = "Kestrel Bank chief quits\n\n"
            + "Kestrel Bank chief executive Harlan Quist resigned on Tuesday.\n\n"
            + "Mr Quist, 58, said outside pressure on the bank was hurting its staff.\n\n"
            + "\"I am saddened by the picture painted of this bank,\" the Canadian-born German citizen said.\n";

    private static final String DESCENDANT = "Brennick apologises to lawmakers\n\n"
            + "Valdane Motors chief Sayo Brennick raised her hand and swore to tell the truth. Brennick then apologised.\n\n"
            + "\"I am truly sorry for every family,\" said the granddaughter of the founder of the carmaker.\n";

    private static final String WIDOW = "Reporter shot in Varna Nova\n\n"
            + "Journalist Pavlo Strenik was shot outside his home last month. Strenik had written about the port.\n\n"
            + "\"They knew where he lived,\" said the daughter of Pavlo Strenik, who asked for protection.\n";

    private static final String FIRST = "Tamboro leaves Velaria for exile\n\n"
            + "The former president of Velaria, Kwesi Tamboro, has left the capital to begin an exile abroad.\n\n"
            + "The incoming president Ama Seyram promised an open government on Saturday.\n\n"
            + "Tamboro left at night with President Ivo Karsk, who had brokered the deal with President Ruta Venn.\n\n"
            + "Crowds of reporters had waited at the airport all day for the departure.\n\n"
            + "The former boxer turned councillor had vowed to rule \"until the rivers run dry\", before he lost to Seyram.\n\n"
            + "Seyram said the country would now look ahead. Tamboro's aides said he would not speak.\n";

    private static final String OUTNUMBERED = "Tamboro leaves Velaria\n\n"
            + "The former president of Velaria, Kwesi Tamboro, has left the capital to begin an exile abroad.\n\n"
            + "The incoming president Ama Seyram promised an open government on Saturday. Seyram met envoys.\n\n"
            + "Crowds of reporters had waited at the airport all day for the departure.\n\n"
            + "The former boxer turned councillor had vowed to rule \"until the rivers run dry\", before he lost to Seyram.\n\n"
            + "Seyram said the country would now look ahead. Seyram thanked voters.\n";

    private static final String PLURAL = "Two veteran sprinters bow out\n\n"
            + "Veteran sprinters Ana Brisco and Mara Tolle ran their last race at the Kellford meeting on Friday.\n\n"
            + "Brisco finished fourth and Tolle sixth in the final.\n\n"
            + "\"I had nothing left in the legs,\" said the former sprinter, who later wept on the track.\n";

    @Test
    void aCitizenBornElsewhereIsThePersonJustQuoted() {
        assertEquals("Harlan Quist", with(ORIGIN, "saddened by the picture").speakerName());
    }

    @Test
    void aDescendantOfAnUnnamedForebearIsThePassagesPerson() {
        assertEquals("Sayo Brennick", with(DESCENDANT, "truly sorry for every family").speakerName());
    }

    @Test
    void aDescendantOfANamedPersonIsSomeoneElse() {
        assertNotEquals("Pavlo Strenik", with(WIDOW, "They knew where he lived").speakerName());
    }

    @Test
    void aFormerTradeWithNobodyNearerIsTheFirstNamedLeadingPerson() {
        assertEquals("Kwesi Tamboro", with(FIRST, "until the rivers run dry").speakerName());
    }

    @Test
    void aFirstNamedPersonAnotherOutnumbersIsNoEpithetsPerson() {
        assertNotEquals("Kwesi Tamboro", with(OUTNUMBERED, "until the rivers run dry").speakerName());
    }

    @Test
    void anEpithetWhosePluralTheTextGaveTwoPeopleStaysUnnamed() {
        String name = with(PLURAL, "nothing left in the legs").speakerName();
        assertNotEquals("Ana Brisco", name);
        assertNotEquals("Mara Tolle", name);
    }
}
