package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n67a: the name a mention gives must be the person's name alone, with the titles, the body and the filler
 * around it stripped, and a name must win over the office or body named in the same mention. Title chains joined by
 * `and` ({@link CoordinatedNames}), titles in capitals and the article's case ({@link CapitalNames}), a party's
 * `TD` ({@link LeadingNameWords}), `one of the X's Ys Name` ({@link OneOfNamedMembers}), a body's acronym in
 * brackets or a body's `Official` before the appositive comma and an office without `the` ({@link
 * TitleAppositives}), a connective and its comma opening the subject ({@link ConnectiveOpeners}), a date opening a
 * paragraph before a colon ({@link SentenceOpeners}). Invented text.
 */
class NameAppositiveEdgeRulesTest {

    private static final String BRIDGE = "\"The old bridge will be closed for the whole summer.\"";

    private static String leading(String subject) {
        return with("Bridge shut\n\n" + subject + " said: " + BRIDGE, "old bridge").speakerName();
    }

    @Test
    void aChainOfTitlesJoinedByAndIsAllTitle() {
        assertEquals("Tomas Verhoek", with("Port\n\n\"This is a fine sign that the port is learning,\" Labour MP and"
                + " Transport committee member Tomas Verhoek wrote in an email.", "fine sign").speakerName());
        assertEquals("Rosa Verhoek", with("Port\n\n\"This is a fine sign,\" Green MP and Energy committee member Rosa"
                + " Verhoek wrote.", "fine sign").speakerName());
    }

    @Test
    void twoPeopleJoinedByAndStayTwo() {
        String pair = with("Port\n\n\"This is a fine sign,\" Senator Ann Cole and Transport Minister Ray Dunn said.",
                "fine sign").speakerName();
        assertNotEquals("Ray Dunn", pair);
    }

    @Test
    void aTitleInCapitalsIsStrippedAndTheNameTakesTheArticlesCase() {
        String text = "PREMIER ALAN GRODSKY has said the council will study the ruling \"in full\".\n\nGrodsky later met"
                + " the crews at the harbour.";
        assertEquals("Alan Grodsky", with(text, "in full").speakerName());
        assertEquals("Marta O'Neill", with("Port\n\nPRESIDENT MARTA O'NEILL said the port \"will reopen in May\".\n\n"
                + "O'Neill spoke at the quay.", "will reopen").speakerName());
    }

    @Test
    void aNameInCapitalsWithoutATitleKeepsItsCase() {
        assertEquals("JOHN SMALLEY", with("Port\n\nJOHN SMALLEY, the mayor, said the harbour was \"a disgrace\".",
                "disgrace").speakerName());
    }

    @Test
    void aPartysTdBeforeANameIsATitle() {
        assertEquals("Mairead Quill", with("Levy\n\nThe levy was called a \"turning point for the harbour\" by Harbour"
                + " Alliance TD Mairead Quill.", "turning point").speakerName());
    }

    @Test
    void oneOfTheBodysPeopleNamedIsThatPerson() {
        assertEquals("Pella Romero", with("Sale\n\nSpeaking to the Gazette, one of the firm's joint administrators Pella"
                + " Romero said: \"We have had a difficult few weeks.\"", "difficult few weeks").speakerName());
        assertEquals("Jon Baird", with("Sale\n\nOne of the club's directors Jon Baird said: \"We are sad.\"", "sad")
                .speakerName());
    }

    @Test
    void oneOfTheBodysPeopleUnnamedNamesNobody() {
        String name = with("Sale\n\nOne of the club's directors said: \"We are sad.\"", "sad").speakerName();
        assertNotEquals("Jon Baird", name);
        String group = with("Sale\n\nOne of the club's directors, who asked not to be named, said: \"We are sad.\"", "sad")
                .speakerName();
        assertNotEquals("Jon Baird", group);
    }

    @Test
    void aBodysAcronymInBracketsBelongsToTheTitle() {
        assertEquals("Ossian Brady", with("Board\n\nThe chairman of the Harbour Works Committee (HWC), Ossian Brady, told"
                + " Radio North he believes \"we have a strong hand\".", "strong hand").speakerName());
    }

    @Test
    void aBodysOfficialBeforeTheCommaIsTheNamedPerson() {
        assertEquals("Dara Whelan", leading("The union will ballot its members, the NTU said.\n\nNTU North Official,"
                + " Dara Whelan,"));
    }

    @Test
    void aBodyWithoutTitleBeforeTheCommaStaysTheBody() {
        assertEquals("Harbour Board", leading("The Harbour Board, in a short note,"));
    }

    @Test
    void aConnectiveAndItsCommaOpenNoMention() {
        assertEquals("Omar Haddad", with("Gas\n\nHowever, Deputy Chief of the Kelso Region Ports Authority, Omar Haddad,"
                + " said the gas was a \"toxic substance\".", "toxic").speakerName());
        assertEquals("Omar Haddad", with("Gas\n\nDeputy Chief of the Kelso Region Ports Authority, Omar Haddad, said"
                + " the gas was a \"toxic substance\".", "toxic").speakerName());
    }

    @Test
    void aDateOpeningAParagraphIsNoSubject() {
        String text = "Ferry sinks\n\nSept. 14: Climbing down the rope ladder and reaching the lifeboat, Mira Talvik"
                + " turned and watched \"the whole ferry go under.\"\n\n\"It was truly frightening,\" said Talvik.";
        assertEquals("Mira Talvik", with(text, "whole ferry").speakerName());
    }
}
