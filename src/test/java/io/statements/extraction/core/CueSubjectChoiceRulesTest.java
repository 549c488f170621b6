package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n65f: the subject of a verb of saying when its sentence names several people, bodies or places: a place's
 * `St.` after a preposition, an opening phrase no comma closes, a quoted programme name before an inverted subject, a
 * participle after an inverted subject with an appositive, an unclosed appositive of a role and its body. Invented
 * text.
 */
class CueSubjectChoiceRulesTest {

    @Test
    void saintAfterAPrepositionIsAPlaceNotTheSubject() {
        String text = "Surgeon Pia Lund of Kestrel University in St. Albans, a member of the ministry's drug panel, told "
                + "the Courier that she had resigned \"because of a decision taken without asking our panel.\"";
        assertEquals("Pia Lund", with(text, "without asking our panel").speakerName().replace("Surgeon ", ""));
    }

    @Test
    void aTitledSaintAfterALowerCaseNounStillOpensTheName() {
        String text = "At the harbour festival St. Clair Obuya, the ferry captain, said the crossing was \"calmer than "
                + "in any year I remember.\"";
        assertEquals("Clair Obuya", with(text, "calmer than in any year").speakerName().replace("St. ", ""));
    }

    @Test
    void anOpeningPhraseWithoutACommaIsNotTheSubject() {
        String text = "After the bail hearing Tomas Reyes's defence lawyer, Ingrid Salo, said there was a \"real risk\" "
                + "that he would be jailed.";
        assertEquals("Ingrid Salo", with(text, "real risk").speakerName());
    }

    @Test
    void anOpeningPhraseWithATimeStaysWhole() {
        String text = "At the pier on Tuesday, Gov. Anna Holt, a Democrat, said the harbour was \"in better shape than "
                + "at any time.\"";
        assertEquals("Anna Holt", with(text, "in better shape").speakerName());
    }

    @Test
    void aQuotedProgrammeNameBeforeAnInvertedSubjectIsNoQuote() {
        String text = "The league fined the club on Monday.\n\n\"We have a structural problem in this league and it must "
                + "be fixed quickly,\" said \"Morning Sports\" presenter Ralf Ostby. \"And I thank the commissioner for "
                + "acting at last.\"";
        assertEquals("Ralf Ostby", with(text, "structural problem in this league").speakerName());
        assertEquals("Ralf Ostby", with(text, "thank the commissioner").speakerName());
    }

    @Test
    void aQuotedClauseAfterSaidIsNoProgrammeName() {
        String text = "Mayor Ida Berg spoke first. \"The vote is final,\" said Ida Berg, who called it \"The End Of "
                + "It\" for the pier.";
        assertEquals("Ida Berg", with(text, "The vote is final").speakerName());
    }

    @Test
    void aParticipleAfterAnInvertedSubjectWithAnAppositiveIsThatSubjects() {
        String text = "The storm knocked down fences and flooded cellars in places, said Jonas Berg, a county "
                + "official, adding that crews were \"working through the night to clear the roads.\"";
        assertEquals("Jonas Berg", with(text, "working through the night").speakerName());
        String bare = "The storm flooded the cellars, said Jonas Berg, adding that crews were \"working through the "
                + "night to clear the roads.\"";
        assertEquals("Jonas Berg", with(bare, "working through the night").speakerName());
    }

    @Test
    void aParticipleAfterAClauseOfItsOwnIsNotTheInvertedSubjects() {
        String text = "Flood warnings went out at dawn, said Jonas Berg, and the ferry crews stayed in port, citing "
                + "\"winds far stronger than anything we planned for.\"";
        assertNotEquals("Jonas Berg", with(text, "winds far stronger").speakerName());
    }

    @Test
    void anUnclosedAppositiveOfARoleAndItsBodyIsTheNamesAppositive() {
        String text = "\"The board has cancelled some 300 contracts and we will go to the high court about it,\" Arvid "
                + "Moen, chairman PTSB told reporters on Tuesday.";
        assertEquals("Arvid Moen", with(text, "cancelled some 300 contracts").speakerName());
    }

    @Test
    void aClosedAppositiveOfARoleAndItsBodyIsUnchanged() {
        String text = "\"We will appeal,\" Arvid Moen, chairman of the Port Board, told reporters. The Port Board said "
                + "in a statement that the ruling was \"deeply flawed in its reading of the law.\"";
        assertEquals("Arvid Moen", with(text, "We will appeal").speakerName());
        assertEquals("Port Board", with(text, "deeply flawed").speakerName());
    }
}
