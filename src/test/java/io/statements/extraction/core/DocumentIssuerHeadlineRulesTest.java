package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n61d: who issued a document that speaks, and a headline that names its own speaker. Rules
 * published-document-participle and argue-with-quarrel ({@link PublishedDocuments}, {@link QuarrelVerbs}),
 * issued-by-mention and signed-by-title ({@link DocumentMentions}), body-kind-document, document-from-account,
 * it-document-issuer ({@link DocumentIt}) and headline-own-name-over-description ({@link HeadlineOwnSpeakers}).
 */
class DocumentIssuerHeadlineRulesTest {

    // published-document-participle

    @Test
    void aDocumentPostedInAnOpeningPhraseIsNotTheSpeakerOfTheClausesSubject() {
        String text = "Lender says sorry\n\nCorvel Savings apologised on Thursday after its cards stopped working.\n\n"
                + "In a Corvel Savings tweet posted late on Thursday, the bank's head, Ilse Varnholt, offered "
                + "\"deep regret for two lost days\".";
        assertEquals("Ilse Varnholt", with(text, "deep regret").speakerName());
    }

    @Test
    void aStatementEmailedIsNoStatementOfItsOwnPlace() {
        String text = "Mine closed\n\nThe Brasko mine shut on Monday.\n\n"
                + "In a statement emailed to reporters, mine owner Petr Salo blamed \"a failed pump\" for the flood.";
        assertEquals("Petr Salo", with(text, "a failed pump").speakerName());
        assertTrue(all(text).stream().noneMatch(s -> s.text().startsWith("to reporters")));
    }

    @Test
    void aPersonWhoPostsStillSpeaks() {
        String text = "Mine closed\n\nThe Brasko mine shut on Monday.\n\n"
                + "Owner Petr Salo posted on his page that \"nobody was hurt\".";
        assertEquals("Petr Salo", with(text, "nobody was hurt").speakerName());
    }

    // argue-with-quarrel

    @Test
    void arguingWithSomeoneIsAQuarrelNotAReport() {
        String text = "Scuffle at the fair\n\nIn the clip, the vendor appears to be arguing with a guard and then "
                + "pushes him.";
        assertTrue(all(text).stream().noneMatch(s -> s.text().contains("a guard and then")));
    }

    @Test
    void arguingWithSomeoneOverATopicOrThatStillReports() {
        String text = "Budget row\n\nSenator Ola Penn argued with reporters that the budget was \"dead on arrival\".";
        assertEquals("Ola Penn", with(text, "dead on arrival").speakerName());
    }

    // issued-by-mention, signed-by-title

    @Test
    void aStatementIssuedByAnAcronymIsThatBodyNotAPartOfIt() {
        String text = "Rowers drop coach\n\nOslend: The Tarn Rowing Bord on Tuesday said it would not keep its coach."
                + "\n\nThe change was proposed by Rowing Committee of the TRB.\n\n"
                + "\"We will start a search for a new coach,\" said a statement issued by the TRB.";
        assertEquals("TRB", with(text, "start a search").speakerName());
    }

    @Test
    void aLetterSignedByATitleWithItsHolderIsTheHolders() {
        String text = "Club thanks coach\n\nMona Fell, the club's secretary, spoke first.\n\n"
                + "\"We thank Ivo for his years with us,\" said a letter signed by the chairman, Marko Lint.";
        assertEquals("Marko Lint", with(text, "We thank Ivo").speakerName());
    }

    @Test
    void aLetterSignedByUnnamedPeopleNamesNoOneElse() {
        String text = "Club thanks coach\n\nMona Fell, the club's secretary, spoke first.\n\n"
                + "\"We thank Ivo for his years with us,\" said a letter signed by several former players.";
        assertNull(with(text, "We thank Ivo").speakerName());
    }

    // body-kind-document

    @Test
    void aPoliceStatementIsThePolicesNotTheLastBodyNamed() {
        String text = "Storm damage\n\nThe Relief Council sent tents to Harnby on Monday.\n\n"
                + "A police statement said: \"Three drivers were rescued from the river.\"";
        assertEquals("police", with(text, "Three drivers").speakerName());
    }

    @Test
    void aBodyKindStatementTakesTheBodyOfThatKindNamedBefore() {
        String text = "Storm damage\n\nThe Relief Council sent tents to Harnby, and the Harnby Transport Ministry "
                + "closed two bridges.\n\nA ministry statement said: \"Both bridges will reopen on Friday.\"";
        assertEquals("Harnby Transport Ministry", with(text, "Both bridges").speakerName());
    }

    @Test
    void aCourtFilingIsNotTheCourts() {
        String text = "Deal questioned\n\nThe Relief Council bought the site in 2011.\n\n"
                + "The two partners paid \"far above its worth\" for the land, according to a court filing.";
        assertTrue(with(text, "far above its worth").speakerName() == null
                || !with(text, "far above its worth").speakerName().equals("court"));
    }

    // document-from-account

    @Test
    void aTweetFromABodysAccountIsTheBodys() {
        String text = "Fire at depot\n\nThe Harnby City Council closed the ring road.\n\n"
                + "\"Please stay away from the area,\" said a post from the Harnby City Council's account.";
        assertEquals("Harnby City Council", with(text, "stay away").speakerName());
    }

    // it-document-issuer

    @Test
    void itAfterADocumentWithAnIssuedByAsideIsThatIssuer() {
        String text = "Road repairs\n\nThe Harnby Transport Ministry closed two bridges on Monday.\n\n"
                + "The notice, issued by the Harnby City Council, said: \"The ring road stays open.\"\n\n"
                + "It added: \"Cyclists should use the east bank.\"";
        assertEquals("Harnby City Council", with(text, "Cyclists should").speakerName());
    }

    // headline-own-name-over-description

    private static final String BODY = "\n\nThe Tarn Rowing Board on Monday let go its coaching staff, including "
            + "head coach Lukas Varga.\n\nThe Austrian, who won two titles with the crew, was not asked.\n\n"
            + "\"I am let down and angry,\" the Austrian said.\n\nBoard chairman Ivo Brandt said the choice was final.";

    @Test
    void aHeadlineColonSubjectBeatsTheBodysDescription() {
        String text = "'Let down and angry': Varga hits out after board drops staff" + BODY;
        assertEquals("Lukas Varga", with(text, "Let down and angry").speakerName());
    }

    @Test
    void aHeadlineNameRightBeforeItsQuoteBeatsTheBodysDescription() {
        String text = "Coach Varga 'let down and angry' after board drops staff" + BODY;
        assertEquals("Lukas Varga", with(text, "let down and angry").speakerName());
    }

    @Test
    void aHeadlineObjectBeforeTheQuoteIsNoSpeaker() {
        // n66d: a sentence naming nobody before `The Austrian`, which demonym-last-named would otherwise (rightly)
        // give the coach named just before, so that only the headline could name Varga here
        String text = "Board drops Varga 'let down and angry'" + BODY.replace("Varga.\n\n", "Varga.\n\nThe crew came fourth in May.\n\n");
        assertFalse("Lukas Varga".equals(with(text, "let down and angry").speakerName()));
    }

    @Test
    void aBodyThatNamesTheSpeakerKeepsIt() {
        String text = "'Let down and angry': Varga hits out after board drops staff\n\n"
                + "The Tarn Rowing Board on Monday let go its coaching staff, including head coach Lukas Varga.\n\n"
                + "\"We are let down and angry,\" said rower Nils Oberg, speaking for the crew.";
        assertEquals("Nils Oberg", with(text, "Let down and angry").speakerName());
    }
}
