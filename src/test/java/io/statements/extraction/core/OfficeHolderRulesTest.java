package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n73a: a capitalised office stands for its holder ({@link CapitalOfficeMentions}: `the former Fisheries
 * Minister`, `the Northfield Central MSP`, `the First Minister`, `the MP` of `Labour MP X`), a judge named by bench
 * title and surname holds the title `judge` ({@link BenchTitledNames}: `The judge, Lord Justice Penrose`), and a
 * title word that is a named person's surname is no title ({@link RoleWordSurnames}: `..., Bishop announced`); the
 * misspelt `Tanáiste` is the office and a mis-decoded accent (`SeĂ¡n`) stays inside its word ({@link Tokenizer}).
 * Negatives: a capitalised office given to someone else by place stays theirs, a lone `The Taoiseach` nobody holds
 * stays the title, and a title word before a name is still a title. Invented text.
 */
class OfficeHolderRulesTest {

    private static final String FORMER_PORTFOLIO = "Minister quits over dinner\n\n"
            + "Cal Brody resigned from the cabinet on Friday after attending the dinner.\n\n"
            + "Speaking on local radio, the former Fisheries Minister said he had \"let people down badly\".";

    private static final String CONSTITUENCY = "Leader steps down\n\n"
            + "Morag Kinnaird has resigned as First Minister.\n\n"
            + "The Northfield Central MSP announced her decision at a news conference in the capital.\n\n"
            + "\"I leave with gratitude,\" the Northfield Central MSP said.\n\n"
            + "She said: \"It is the right time for someone new to lead.\"";

    private static final String SURNAME_ONLY = "Leader steps down\n\n"
            + "Mr Okoro told his cabinet that his four years as First Minister would end this month.\n\n"
            + "In his speech, the First Minister said he had \"misjudged the mood of the chamber\" last week.";

    private static final String BENCH = "Killer jailed for life\n\n"
            + "The judge, Lord Justice Penrose, said the attack was \"cold and calculated\".\n\n"
            + "Dale Rusk, 41, had admitted the killing at an earlier hearing.\n\n"
            + "The judge said Rusk had shown \"no remorse whatsoever\" in court.";

    private static final String SURNAME_ROLE = "Driver jailed\n\n"
            + "Calling the errors of driver Kell Durant \"inexcusable,\" a county judge jailed him for six years.\n\n"
            + "\"This was a wholly avoidable tragedy,\" Judge Petra Bishop said on Friday.\n\n"
            + "Facing the relatives in the gallery and Durant, Bishop told the court that the driver had "
            + "\"ignored every sign\".";

    private static final String PLACED_ELSEWHERE = "Ministers meet\n\n"
            + "Welsh First Minister Owen Pryce met Scottish First Minister Isla Boyd in Cardiff on Monday.\n\n"
            + "The Scottish First Minister said the talks were \"warm and useful\".";

    private static final String BARE_UNHELD = "Row over dinner\n\n"
            + "Ivo Garrity resigned on Friday after attending the dinner.\n\n"
            + "The Taoiseach, writing to party members, said the attendance was \"a serious error\".";

    private static final String TITLE_BEFORE_NAME = "Synod opens\n\n"
            + "Ana Bishop, a parishioner, travelled to the synod. Bishop Tomas Reyes opened it.\n\n"
            + "\"We meet in hope,\" Bishop Tomas Reyes said.";

    private static final String MEMBER = "Row over bill\n\n"
            + "Labour MP Jane Roe has criticised the housing bill.\n\n"
            + "The government defended it on Monday.\n\n"
            + "\"This bill will hurt renters,\" the MP said.";

    private static final String MISSPELT = "Junior minister resigns\n\n"
            + "Tanáiste Nuala Breslin said it was \"the right call\" for him to step aside.";

    private static final String MISDECODED = "Minister quits\n\n"
            + "Taoiseach SeĂ¡n Ruane has accepted the resignation of his minister.\n\n"
            + "The Taoiseach, writing to party members, said the attendance had been \"a grave error\".";

    @Test
    void aFormerPortfolioOfficeIsThePersonJustNamed() {
        assertEquals("Cal Brody", with(FORMER_PORTFOLIO, "let people down badly").speakerName());
    }

    @Test
    void aPronounAfterTheConstituencyOfficeIsItsHolderToo() {
        assertEquals("Morag Kinnaird", with(CONSTITUENCY, "It is the right time").speakerName());
    }

    @Test
    void aConstituencyMspIsThePersonJustNamed() {
        assertEquals("Morag Kinnaird", with(CONSTITUENCY, "I leave with gratitude").speakerName());
    }

    @Test
    void theFirstMinisterIsTheLastSpeakerNamedBySurname() {
        assertEquals("Okoro", with(SURNAME_ONLY, "misjudged the mood").speakerName());
    }

    @Test
    void theJudgeIsTheLordJusticeNotTheDefendant() {
        assertEquals("Penrose", with(BENCH, "cold and calculated").speakerName());
        assertEquals("Penrose", with(BENCH, "no remorse whatsoever").speakerName());
    }

    @Test
    void aRoleWordSurnameIsThePersonNotATitle() {
        assertEquals("Petra Bishop", with(SURNAME_ROLE, "wholly avoidable tragedy").speakerName());
        assertEquals("Petra Bishop", with(SURNAME_ROLE, "ignored every sign").speakerName());
    }

    @Test
    void theMpIsTheOneTheTextCalledMp() {
        assertEquals("Jane Roe", with(MEMBER, "This bill will hurt renters").speakerName());
    }

    @Test
    void theMisspeltTanaisteIsATitleBeforeTheName() {
        assertEquals("Nuala Breslin", with(MISSPELT, "the right call").speakerName());
    }

    @Test
    void aMisdecodedAccentStaysInTheHoldersName() {
        assertEquals("SeĂ¡n Ruane", with(MISDECODED, "a grave error").speakerName());
    }

    @Test
    void anOfficeOfAnotherPlaceStaysThatPlacesHolder() {
        assertEquals("Isla Boyd", with(PLACED_ELSEWHERE, "warm and useful").speakerName());
    }

    @Test
    void aBareCapitalisedOfficeNobodyHoldsStaysTheTitle() {
        assertEquals("Taoiseach", with(BARE_UNHELD, "a serious error").speakerName());
    }

    @Test
    void aTitleWordBeforeANameIsStillATitle() {
        assertEquals("Tomas Reyes", with(TITLE_BEFORE_NAME, "We meet in hope").speakerName());
    }
}
