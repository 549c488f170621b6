package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names40: a description or title the article gave a named person, resolved to that person wherever a quote
 * is attributed to the description. Invented text.
 */
class DescriptionHolderRulesTest {

    @Test
    void anAgeIsThePersonGivenThatAge() { // rule age-holder
        String text = "Ferry pilot retires\n\n"
                + "Harbour pilot Tom Reyes, 71, has steered the night ferry for forty years.\n\n"
                + "His deputy, Ina Vale, will take over. \u201cShe is ready,\u201d Vale's husband Rob Vale said.\n\n"
                + "\u201cThe river taught me patience,\u201d the 71-year-old said on Monday.\n\n"
                + "\u201cI will miss the fog,\u201d the 71-year-old harbour pilot added.";
        assertEquals("Tom Reyes", with(text, "The river taught me").speakerName());
        assertEquals("Tom Reyes", with(text, "I will miss the fog").speakerName());
    }

    @Test
    void anAgeAfterAgedIsGivenToo() { // rule age-holder: `Ann Loy, aged 79,`
        String text = "Three run for the seat\n\n"
                + "A third candidate, farmer Piet Wolters, aged 57, said the roads came first.\n\n"
                + "\u201cFix the bridge,\u201d said his neighbour Rina Bos.\n\n"
                + "\u201cThe bridge can wait a year,\u201d the 57-year-old said.";
        assertEquals("Piet Wolters", with(text, "The bridge can wait").speakerName());
    }

    @Test
    void anAgedAppositiveStillDescribesTheName() { // rule age-holder, its tie half: `Ann Loy, 79, the conductor`
        String text = "Choir leader steps down\n\n"
                + "Mara Lind, 68, the choirmaster who built the town choir, is stepping down.\n\n"
                + "The board chair, Per Ulm, thanked her. \u201cWe owe her the choir,\u201d Ulm said.\n\n"
                + "\u201cSinging is breathing together,\u201d the veteran choirmaster said.";
        assertEquals("Mara Lind", with(text, "Singing is breathing").speakerName());
    }

    @Test
    void anOrganisationsTitleIsTheOneGivenItThere() { // rule organisation-title: its initials name it
        String text = "Chess bodies clash over calendar\n\n"
                + "The president of the Kent Chess Federation, Mira Solberg, criticised the new calendar on Friday.\n\n"
                + "The world body's leader, GCA President Rolf Tannen, defended it. \u201cIt is fair,\u201d Tannen said.\n\n"
                + "\u201cOur players were never asked,\u201d the KCF president said.";
        assertEquals("Mira Solberg", with(text, "Our players were never").speakerName());
    }

    @Test
    void anOrganisationsTitleAfterADatelineIsGivenToo() { // rule organisation-title: `CITY (Agency) — The president of`
        String text = "Rowing body defends its rules\n\n"
                + "OSLO (Wire) \u2014 The president of the Nordic Rowing Council, Lars Envik, defended the new weight "
                + "rules on Monday.\n\n"
                + "Ida Brekk, president of the city club, wants them dropped. \u201cThey hurt the young,\u201d Brekk said.\n\n"
                + "The NRC president said the rules were \u201chere to stay.\u201d";
        assertEquals("Lars Envik", with(text, "here to stay").speakerName());
    }

    @Test
    void aDefiniteTitleOpeningTheLeadIsTheNextSentencesName() { // rule lead-title-cataphora, `The Premier has ...`
        String text = "Premier concedes error over tariff remarks\n\n"
                + "The Premier has conceded he \u201cgot it wrong\u201d when he called the tariff deal finished.\n\n"
                + "Tom Hallett told a radio station on Wednesday that talks were still going on.";
        assertEquals("Tom Hallett", with(text, "got it wrong").speakerName());
    }

    @Test
    void aDefiniteLeadTitleIsNotAnotherOfficeHolder() { // rule lead-title-cataphora: `Senator X` holds another office
        String text = "Governor vetoes school bill\n\n"
                + "The governor has vetoed the school bill, calling it \u201ca blank cheque.\u201d\n\n"
                + "Senator Ann Loy said she would try to override the veto.";
        assertEquals("governor", with(text, "a blank cheque").speakerName());
    }

    @Test
    void anOrganisationAppointingGivesItsTitle() { // rule organisation-title: `X has appointed Y as its chief`
        String text = "Sailing body picks new chief\n\n"
                + "The Western Yachting Association has appointed Joost Verhey as its chief executive.\n\n"
                + "Its chair, Margo Lint, said the search had taken a year. \u201cHe was our first choice,\u201d Lint said.\n\n"
                + "The WYA chief executive said he would visit every club by the summer.";
        assertEquals("Joost Verhey", with(text, "visit every club").speakerName());
    }

    @Test
    void anotherOrganisationsHolderIsNotMeant() { // rule organisation-title, its exclusion half
        String text = "Chess chief condemns arrests\n\n"
                + "GCA President Rolf Tannen said the arrests were a shock.\n\n"
                + "He spoke after a meeting with regional chess chief Mira Solberg. Solberg said she had asked him to resign.\n\n"
                + "The KCF president said she was \u201cappalled\u201d by the arrests.";
        assertEquals("Mira Solberg", with(text, "appalled").speakerName());
    }

    @Test
    void aLeadsDescriptionIsTheNameOfTheNextSentence() { // rule lead-title-cataphora
        String text = "Transport minister admits rail failings\n\n"
                + "A newly appointed transport minister has said the railways were \u201cbadly run\u201d for a decade.\n\n"
                + "Ida Voskuil, who took up the post last week, made the remark at a conference in Delft.\n\n"
                + "A union leader, Bram Kools, welcomed the remark.\n\n"
                + "\u201cWe will fix the timetable first,\u201d the minister said.";
        assertEquals("Ida Voskuil", with(text, "badly run").speakerName());
        assertEquals("Ida Voskuil", with(text, "We will fix the timetable").speakerName());
    }

    @Test
    void aServingHolderComesBeforeAFormerOne() { // PersonTitles.holder: a serving holder before a former one
        String text = "Budget row\n\n"
                + "The finance minister, Lotte Brink, defended the budget on Tuesday.\n\n"
                + "Her predecessor, the former finance minister Jaap Kroon, called it reckless. \u201cIt will end badly,\u201d Kroon said.\n\n"
                + "\u201cEvery number adds up,\u201d the minister said.";
        assertEquals("Lotte Brink", with(text, "Every number adds up").speakerName());
    }

    @Test
    void whoAfterATitleAppositiveIsThePerson() { // rule title-appositive-relative
        String text = "Rowers object to new course\n\n"
                + "The new course was criticised by Kai Bergmann, president of the rowers' body ROA, who said it was \u201ctoo narrow to be safe\u201d.";
        assertEquals("Kai Bergmann", with(text, "too narrow to be safe").speakerName());
    }

    @Test
    void aTradeOpeningItsSentenceDescribesTheName() { // DescriptionTies: `Economist Lena Pohl, who ...`
        String text = "Rates held\n\n"
                + "The bank held its rate on Tuesday, and Governor Aart Smit said prices were calm.\n\n"
                + "Economist Lena Pohl, who heads research at a Utrecht broker, said the move was expected.\n\n"
                + "\u201cNobody wanted a surprise this month,\u201d the economist said.";
        assertEquals("Lena Pohl", with(text, "Nobody wanted a surprise").speakerName());
    }

    @Test
    void aViceTitleAfterTheNameIsGivenToIt() { // PersonTitles: `Zhou Bin, vice minister of trade,`
        String text = "Trade talks resume\n\n"
                + "Zhou Bin, vice minister of commerce, said talks would resume in May.\n\n"
                + "Wu Lan, a researcher at a trade institute, said exports had grown. \u201cThe ports are full,\u201d Wu said.\n\n"
                + "The vice minister also said tariffs would be reviewed.";
        assertEquals("Zhou Bin", with(text, "tariffs would be reviewed").speakerName());
    }

    @Test
    void aTitledNameAfterADescriptionsCommaIsThePerson() { // TitleAppositives: `Her rival, the former mayor Ed Moss`
        String text = "Mayor defends budget\n\n"
                + "Mayor Anke Smit defended the budget on Monday.\n\n"
                + "Her rival, the former mayor Edwin Mossel, said the plan would raise taxes.";
        assertEquals("Edwin Mossel", with(text, "would raise taxes").speakerName());
    }

    @Test
    void aPlacesFirstWordIsNoFirstName() { // NamePrepass, rule place-not-first-name
        String text = "Ferries to resume\n\n"
                + "Ferry services in Tai Lam will resume on Monday after the storm, the ministry said.\n\n"
                + "Ministry spokesman Tai Wenjun told reporters the harbour in Tai Lam had been cleared.\n\n"
                + "Tai said: \u201cEvery boat has been inspected.\u201d";
        assertEquals("Tai Wenjun", with(text, "Every boat has been inspected").speakerName());
    }
}
