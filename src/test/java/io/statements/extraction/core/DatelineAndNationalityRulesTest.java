package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Lead, session 46: datelines closed by a colon, abbreviated offices, nationality and age descriptions, and a person
 * described after a longer capitalised name. Invented text.
 */
class DatelineAndNationalityRulesTest {

    @Test
    void aColonDatelineIsNoTranscriptLabel() { // rule dateline-colon
        String text = "Minister defends port deal\n\n"
                + "LAGOS: Transport Minister Bola Adeyemi on Monday defended the port concession, accusing critics of "
                + "\u201cpeddling fear\u201d about foreign control.\n\n"
                + "The opposition was unmoved. \u201cThe deal was signed in the dark,\u201d said Ngozi Eze, a senator.";
        assertEquals("Bola Adeyemi", with(text, "peddling fear").speakerName());
    }

    @Test
    void aColonDatelineNamingAPlaceIsNoLabelEvenLater() { // rule dateline-colon: a known place
        String text = "Floods close schools\n\n"
                + "Heavy rain fell for a third day.\n\n"
                + "DHAKA: Education Minister Rafiq Hasan said schools would \u201cstay shut until the water falls\u201d.";
        assertEquals("Rafiq Hasan", with(text, "stay shut until").speakerName());
    }

    @Test
    void theAbbreviatedOfficeIsItsHolder() { // PM and CM spelled out as the office
        String text = "Premier opens rail line\n\n"
                + "Prime Minister Devika Rao opened the coastal rail line on Sunday.\n\n"
                + "\u201cThis line will carry a million people a year,\u201d the PM said at the ceremony.\n\n"
                + "Chief Minister Anil Joshi thanked her. \u201cOur villages waited forty years,\u201d the CM said.";
        assertEquals("Devika Rao", with(text, "carry a million").speakerName());
        assertEquals("Anil Joshi", with(text, "villages waited").speakerName());
    }

    @Test
    void aNationalityNounIsThePersonJustDescribed() { // rule demonym-description
        String text = "Keeper extends stay\n\n"
                + "Harbour United manager Sinead Walsh praised her goalkeeper after the win.\n\n"
                + "\u201cShe kept us in the game,\u201d the Irishwoman said.\n\n"
                + "Goalkeeper Pablo Ortega agreed. \u201cThe defence made it easy,\u201d said the Spaniard.";
        assertEquals("Sinead Walsh", with(text, "kept us in the game").speakerName());
        assertEquals("Pablo Ortega", with(text, "defence made it easy").speakerName());
    }

    @Test
    void aGenderedNationalityNounSkipsAPersonOfTheOtherGender() { // rule demonym-description: gender
        String text = "Coach quits\n\n"
                + "Anna Berg said she would leave the club in June.\n\n"
                + "\u201cIt was time,\u201d she said.\n\n"
                + "\u201cWe lose a great coach,\u201d the Frenchman said.";
        assertNotEquals("Anna Berg", with(text, "We lose a great coach").speakerName());
    }

    @Test
    void anAgeNamedOnceBeforeIsThePersonJustDescribed() { // rule age-description-topic
        String text = "Winger signs on\n\n"
                + "Eastport City winger Kofi Mensah has signed a three-year contract.\n\n"
                + "The 24-year-old told the club's channel: \u201cI wanted to stay where I grew up.\u201d";
        assertEquals("Kofi Mensah", with(text, "wanted to stay").speakerName());
    }

    @Test
    void aPersonNounAfterALongerNameDescribesTheNameAfterIt() { // rule described-name-subject, longer names
        String text = "Investor backs start-up\n\n"
                + "Silicon Coast investor Marta Lindqvist has put money into a battery start-up.\n\n"
                + "\u201cIt is the best team I have seen,\u201d she said.";
        assertEquals("Marta Lindqvist", with(text, "best team I have seen").speakerName());
    }

    @Test
    void aCapitalisedTitleBeforeACommaGivesWayToTheName() { // rule capitalised-title-appositive
        String text = "Governor orders inquiry\n\n"
                + "Rivers State Governor, Chief Tonye Briggs, said the inquiry would be \u201cthorough and quick\u201d.\n\n"
                + "His Chief Press Secretary, Ada Nwosu, said the report was \u201cdue in a month\u201d.";
        assertEquals("Tonye Briggs", with(text, "thorough and quick").speakerName().replace("Chief ", ""));
        assertEquals("Ada Nwosu", with(text, "due in a month").speakerName());
    }

    @Test
    void moreOfficesAreTitlesBeforeAName() { // titles: treasurer, envoy, archbishop, congressman
        String text = "Budget talks\n\n"
                + "Treasurer Liam Gault said the budget was \u201cbalanced at last\u201d.\n\n"
                + "The Special Envoy of the Lakes Union, Dr. Ines Moreau, met him later. \u201cThe region is calm,\u201d "
                + "the envoy said.";
        assertEquals("Liam Gault", with(text, "balanced at last").speakerName());
        assertEquals("Ines Moreau", with(text, "The region is calm").speakerName());
    }

    @Test
    void titlesOfManyCountriesAreNoPartOfTheName() { // titles a name stands beside, opening a sentence
        String text = "Voices from the hearing\n\n"
                + "Co-author Rhea Stanton said the data were \u201cclear enough\u201d.\n\n"
                + "Chief Constable Owen Pryce said officers had \u201cfollowed the rules\u201d.\n\n"
                + "Magistrate Zanele Dube said the case was \u201cnot yet ripe\u201d.\n\n"
                + "Lawmaker Ruben Solis said the bill was \u201cdead on arrival\u201d.";
        assertEquals("Rhea Stanton", with(text, "clear enough").speakerName());
        assertEquals("Owen Pryce", with(text, "followed the rules").speakerName());
        assertEquals("Zanele Dube", with(text, "not yet ripe").speakerName());
        assertEquals("Ruben Solis", with(text, "dead on arrival").speakerName());
    }

    @Test
    void thePersonAStatementQuotesIsTheSpeaker() { // rule quoted-as-saying
        String text = "Ministry rejects talks\n\n"
                + "A statement from the ministry quoted Deputy Minister Farid Nouri as saying: \u201cWe will not talk "
                + "under threats.\u201d\n\n"
                + "Transport Minister Lale Aras was quoted by the Daily Courier as saying the ferries would \u201crun "
                + "as normal\u201d.";
        assertEquals("Farid Nouri", with(text, "We will not talk").speakerName());
        assertEquals("Lale Aras", with(text, "as normal").speakerName());
    }

    @Test
    void whomAnAnonymousSourceToldIsNoSpeaker() { // told after a long aside: the addressee is not the speaker
        String text = "Talks stall\n\n"
                + "Talks stalled on Monday, two officials close to the talks said.\n\n"
                + "\u201cNothing moved today,\u201d one of the officials, who asked not to be named because the talks "
                + "are private, told Wire.";
        assertNotEquals("Wire", with(text, "Nothing moved today").speakerName());
    }

    @Test
    void reportsAfterReceivedIsANoun() { // rule received-reports
        String text = "Vote count\n\n"
                + "The campaign's manager, Boris Kalev, said they had received reports of \u201cmissing ballots in two "
                + "towns\u201d.";
        assertEquals("Boris Kalev", with(text, "missing ballots").speakerName());
    }
}
