package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n61c: constructions that gave the quote to the wrong person (or to a word that is no one). Rules
 * comma-less-time-opener ({@link SentenceOpeners#afterTimeOpener}), contact-clause-characterisation
 * ({@link ContactClauseSubjects}), indefinite-appositive-name ({@link IndefiniteAppositives}), inverted-aside-before-quote
 * ({@link InvertedSubjects#asideBeforeQuote}), acronym-tag-in-title ({@link AcronymTags}), he-relative-subject
 * ({@link RelativeSubjectSalience}), joint-bodies-description ({@link JointBodies}) and and-after-led-quote
 * ({@link TrailingCueSieve}). Invented text.
 */
class WrongPersonRulesTest {

    // rule comma-less-time-opener

    @Test
    void aTimePhraseWithoutCommaIsNoSubject() {
        String text = "Brother held\n\nHer cousin Ivo Marren was detained in March. Days later he told a news"
                + " conference that he felt no regret, saying that \"naturally\" he had done it.";
        assertEquals("Ivo Marren", with(text, "naturally").speakerName());
    }

    @Test
    void aBareLaterKeepsTheSubjectOfTheParticiple() {
        String text = "Brother held\n\nThe trial of Ivo Marren opened in May.\n\nLater Marren told a news conference"
                + " that he was calm, saying his conduct had been \"entirely proper\".";
        assertEquals("Ivo Marren", with(text, "entirely proper").speakerName());
    }

    @Test
    void aTimePhraseWithCommaStillWorks() {
        String text = "Brother held\n\nTwo weeks later, Ivo Marren told reporters he was calm, saying \"it was all"
                + " settled long ago\" and leaving.";
        assertEquals("Ivo Marren", with(text, "it was all settled").speakerName());
    }

    // rule contact-clause-characterisation

    @Test
    void theNameBeforeCalledInAContactClauseIsTheSpeaker() {
        String text = "Brightwing, captain guilty in ferry trial\n\nNORRVIK, Sweden (Wire) - A Swedish court on Tuesday"
                + " found Brightwing Ferries and a captain at the firm guilty of negligence for their part in the"
                + " sinking, in a ruling Brightwing called \u201cplainly absurd.\u201d";
        assertEquals("Brightwing Ferries", with(text, "plainly absurd").speakerName());
    }

    @Test
    void aPronounInTheContactClauseIsLeftToTheOuterSpeaker() {
        String text = "Ferry line fined\n\nBrightwing Ferries said it would contest a verdict it called \"plainly"
                + " absurd\" and unjust.";
        assertEquals("Brightwing Ferries", with(text, "plainly absurd").speakerName());
    }

    @Test
    void anObjectNameBeforeCalledAfterAVerbIsNoContactClause() {
        String text = "Ferry line fined\n\nThe mayor, Tilde Rasko, said she met Brightwing Ferries and then"
                + " called the verdict \"plainly absurd\" in a speech.";
        assertEquals("Tilde Rasko", with(text, "plainly absurd").speakerName());
    }

    // rule indefinite-appositive-name

    @Test
    void anotherNamedByItsAppositiveIsTheSpeaker() {
        String text = "Crew cleared\n\nFour crew members were cleared. Another, Petra Lindqvist, said: \"I think of"
                + " the lost every single day.\"";
        assertEquals("Petra Lindqvist", with(text, "I think of the lost").speakerName());
    }

    @Test
    void whatOneNamedByItsAppositiveCalledIsThatPersons() {
        String text = "Crew cleared\n\nThe crew expressed regret for what one, Olaf Brandvik, called \"a string of"
                + " bad luck\" on the night.";
        assertEquals("Olaf Brandvik", with(text, "a string of bad luck").speakerName());
    }

    @Test
    void oneOfTheirNamesAfterAnOrdinaryWordIsNotPicked() {
        String text = "Crew cleared\n\nThe harbour master, Lise Aune, said the ship, Nordlys, \"was never fit to"
                + " sail that night\" at all.";
        assertEquals("Lise Aune", with(text, "was never fit to sail").speakerName());
    }

    // rule inverted-aside-before-quote

    @Test
    void anInvertedAsideRightBeforeTheQuoteIsItsAttribution() {
        String text = "Blast in the chamber\n\nThe deputy Rena Kroll was in her seat when it began.\n\nHer neighbour,"
                + " Ilse Varga, told her that it sounded like fireworks, but then, said Ms Kroll, \"the windows"
                + " shattered and everyone ran for the doors.\"";
        assertEquals("Rena Kroll", with(text, "the windows shattered").speakerName());
    }

    @Test
    void whoIsToldBeforeTheQuoteIsNoSpeaker() {
        String text = "Court hearing\n\nThe second judge, Justice Omar Haddad, told the lawyers: \"If the inquiry is"
                + " to be fair, the chairman must go.\"";
        assertEquals("Omar Haddad", with(text, "If the inquiry is to be fair").speakerName());
    }

    // rule acronym-tag-in-title

    @Test
    void aBracketedAcronymKeepsTheTitledPersonInTheSubject() {
        String text = "Paper fined\n\nThe island's main paper was fined for reprinting a Kestrel Weekly story which"
                + " claimed the country had no judges left.\n\nIn that story, Harbour League (HL) general"
                + " secretary Tomas Reyes, 51, spoke about court cases in sport.\n\n\"You should know that"
                + " there is no court there,\" he said.";
        assertEquals("Tomas Reyes", with(text, "You should know that").speakerName());
    }

    // rule he-relative-subject

    private static final String CLUB = "Club drops coaches\n\nThe Harbour Rowing Club said on Monday it would not"
            + " renew the contracts of its coaches.\n\nThe contract of head coach Dario Vell was not renewed.\n\n";

    @Test
    void theNameARelativeClauseHangsOnBeatsItsObject() {
        String text = CLUB + "The decision was discussed with club chairman Omar Feldhaus, who thanked Vell and the"
                + " rest of the staff for years of work. \"We wish them well in all they do,\" he said.";
        assertEquals("Omar Feldhaus", with(text, "We wish them well").speakerName());
    }

    @Test
    void aRelativeClauseWithNobodyInsideLeavesTheOtherRules() {
        String text = CLUB + "Vell spoke after a meeting with club chairman Omar Feldhaus, who left early."
                + " Later he said: \"I gave the club everything I had.\"";
        assertNotEquals("Omar Feldhaus", with(text, "I gave the club everything").speakerName());
    }

    // rule joint-bodies-description

    private static final String MERGER = "Fjordline, Nordkraft agree merger\n\nDenmark's Fjordline and Nordkraft have"
            + " agreed to merge their shipping arms, the companies said on Monday.\n\n";

    @Test
    void twoFirmsAfterAPairNamedTogetherAreThatPair() {
        String text = MERGER + "\"The merger is driven by a wish to grow at home and abroad,\" Denmark's two largest"
                + " shipping firms said in a joint statement.";
        assertEquals("Fjordline and Nordkraft", with(text, "The merger is driven").speakerName());
    }

    @Test
    void bothGroupsAfterAPairNamedTogetherAreThatPair() {
        String text = MERGER + "\"We expect savings within two years of closing,\" both groups said.";
        assertEquals("Fjordline and Nordkraft", with(text, "We expect savings").speakerName());
    }

    @Test
    void twoPeopleNamedTogetherAreNoPairOfFirms() {
        String text = "Merger talks\n\nAnna Holt and Peter Lind met on Monday to discuss the merger.\n\n\"We expect"
                + " savings within two years of closing,\" the two firms said.";
        assertNotEquals("Anna Holt and Peter Lind", with(text, "We expect savings").speakerName());
    }

    @Test
    void theCompaniesWithoutACountStayAsTheyWere() {
        String text = MERGER + "\"We expect savings within two years of closing,\" the companies said.";
        assertNotEquals("Fjordline and Nordkraft", with(text, "We expect savings").speakerName());
    }

    // rule and-after-led-quote

    @Test
    void aClauseAfterAndIsNoAttributionOfAQuoteLedByItsOwnVerb() {
        String text = "Ferry verdict\n\nBrightwing Ferries called the negligence verdict \"absurd\", and the firm's"
                + " local lawyer claimed it served \"only local interests\" and nothing else.";
        assertEquals("Brightwing Ferries", with(text, "absurd").speakerName());
    }

    @Test
    void aQuoteOpeningItsSentenceKeepsTheVerbAfterAnd() {
        String text = "Ferry verdict\n\nThe lawyer for the crew, Mona Saari, spoke after the hearing.\n\n\"We will"
                + " take this further,\" said Mona Saari, and she left the court.";
        assertEquals("Mona Saari", with(text, "We will take this further").speakerName());
    }
}
