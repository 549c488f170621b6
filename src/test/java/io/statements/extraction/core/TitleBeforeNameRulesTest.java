package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61e: words before a person's name that are not part of it. Rules article-lower-case-title
 * ({@link ArticleCommonNouns}: a capitalised word the same article writes in lower case), world-office-titles
 * ({@link TitleWords}), council-member-role ({@link RoleWords}) and party-abbreviated-office ({@link GluedOffices}:
 * `Labour MP X`), police-and-legislator-acronyms ({@link RoleWords}: `SSP X`, `DIG X`, `PTI MNA X`). Near-misses: a first name the text also writes as a verb or a noun (`Will`, `Grant`, `Hope`), and a
 * capitalised word that never appears in lower case. Invented text.
 */
class TitleBeforeNameRulesTest {

    @Test
    void aWordTheArticleWritesInLowerCaseIsATitle() {
        String text = "Bridge\n\nBoardmember Thomas Evrard said the bridge was \"a death trap.\"\n\n"
                + "\"We warned them in March,\" the boardmember said.\n\n"
                + "Ines Volta, provost of the harbour college, spoke next. \"Nobody listened,\" Provost Volta said.";
        assertEquals("Thomas Evrard", with(text, "death trap").speakerName());
        assertEquals("Ines Volta", with(text, "Nobody listened").speakerName());
    }

    @Test
    void aFirstNameTheTextAlsoWritesInLowerCaseStaysInTheName() {
        String text = "Vote\n\nWill Daneri said the count was \"clean from start to end.\" The board will meet again.\n\n"
                + "Grant Osei said the result was \"beyond doubt.\" The grant was paid in May.\n\n"
                + "Hope Lindqvist called it \"a fair fight.\" Residents hope for calm.";
        assertEquals("Will Daneri", with(text, "clean from start").speakerName());
        assertEquals("Grant Osei", with(text, "beyond doubt").speakerName());
        assertEquals("Hope Lindqvist", with(text, "a fair fight").speakerName());
    }

    @Test
    void aCommonNounBeforeWordsThatShowNoNameStays() {
        String text = "Dam\n\nCivic Rivers Watch said the dam was \"a civic scandal.\"";
        assertEquals("Civic Rivers Watch", with(text, "civic scandal").speakerName());
    }

    @Test
    void aCapitalisedWordNeverWrittenInLowerCaseStays() {
        String text = "Prize\n\nBoardmember Tomas Evrard said the prize was \"long overdue.\"";
        assertEquals("Boardmember Tomas Evrard", with(text, "long overdue").speakerName());
    }

    @Test
    void officesRanksAndHonorificsOfManyCountriesAreTitles() {
        String text = "Relief\n\nCouncilmember Rosa Ilunga said the shelters were \"full every night.\"\n\n"
                + "\"We need two more,\" the councilmember said.\n\n"
                + "Oba Kayode Adesanmi said the palace would \"open its doors to all.\"\n\n"
                + "Tengku Farid Hashim said the aid was \"only a start.\"\n\n"
                + "Msgr. Paolo Ferri said the parish would \"feed whoever comes.\"\n\n"
                + "Fly-half Rhys Menna said the squad was \"ready for the final.\"";
        assertEquals("Rosa Ilunga", with(text, "full every night").speakerName());
        assertEquals("Rosa Ilunga", with(text, "two more").speakerName());
        assertEquals("Kayode Adesanmi", with(text, "open its doors").speakerName());
        assertEquals("Farid Hashim", with(text, "only a start").speakerName());
        assertEquals("Paolo Ferri", with(text, "feed whoever comes").speakerName());
        assertEquals("Rhys Menna", with(text, "ready for the final").speakerName());
    }

    @Test
    void aPartyBeforeAnAbbreviatedOfficeIsNoName() {
        String text = "Budget\n\nGreen MP Ana Korvel said the cuts were \"a betrayal of the coast.\"\n\n"
                + "Tory MLA Dev Sandhu called them \"overdue.\"";
        assertEquals("Ana Korvel", with(text, "betrayal of the coast").speakerName());
        assertEquals("Dev Sandhu", with(text, "overdue").speakerName());
    }

    @Test
    void aNameWithATitleWordInsideStaysWhole() {
        String text = "Temple\n\nRanjit Kumar Lama said the shrine would \"stay open.\"";
        assertEquals("Ranjit Kumar Lama", with(text, "stay open").speakerName());
    }

    @Test
    void policeAndLegislatorAcronymsAreTitles() {
        String text = "Raid\n\nSSP Gurmeet Randhawa said the gang was \"watched for a month.\"\n\n"
                + "DIG Salman Qureshi said two officers were \"slightly hurt.\"\n\n"
                + "KPN MNA Imran Baloch called the raid \"late but welcome.\"";
        assertEquals("Gurmeet Randhawa", with(text, "watched for a month").speakerName());
        assertEquals("Salman Qureshi", with(text, "slightly hurt").speakerName());
        assertEquals("Imran Baloch", with(text, "late but welcome").speakerName());
    }
}
