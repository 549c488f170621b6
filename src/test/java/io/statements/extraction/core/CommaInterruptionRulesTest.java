package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction5: subjects kept from their verb by comma-enclosed interruptions, relative pronouns after a
 * name, sentence-opening phrases and plural possessives. Invented text.
 */
class CommaInterruptionRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "One dock worker, who spoke on the condition of anonymity, said the gates were \"never tested in a "
            + "storm.\"\n\n"
            + "Tom Baker, the union's treasurer, writing in the newsletter, said the fund was \"close to empty.\"\n\n"
            + "The letter, which was sent to the board on Friday, demanded that the port \"repay every cent.\"\n\n"
            + "The engineers' report, however, says the quay is \"sound.\"\n\n"
            + "The dock workers of the north quay, however, say the gates are \"a disgrace.\"\n\n"
            + "At the pier on Tuesday, Gov. Lena Park (R-Ore.), said the repairs would cost \"far more than "
            + "planned.\"\n\n"
            + "\"We were lied to,\" said Ray Moss, who said the board had hidden the reports for years.\n\n"
            + "\"The board knew,\" said Ida Stone, who wrote about the gates in her newsletter. \"Nobody listened.\"";

    @Test
    void aRelativeClauseBetweenSubjectAndVerbKeepsTheSubject() {
        ExtractedStatement s = with(TEXT, "never tested in a storm");
        assertEquals("One dock worker, who spoke on the condition of anonymity", s.speakerMention().text());
        assertEquals("leading-cue", s.sieve());
        assertEquals("The letter, which was sent to the board on Friday",
                with(TEXT, "repay every cent").speakerMention().text());
    }

    @Test
    void anAppositiveAndAParticiplePhraseLeadBackToTheName() {
        assertEquals("Tom Baker", with(TEXT, "close to empty").speakerName());
    }

    @Test
    void aSentenceAdverbBetweenCommasIsSkippedAndAPluralPossessiveStaysInTheSubject() {
        assertEquals("The engineers' report, however", with(TEXT, "sound").speakerMention().text());
        assertEquals("The dock workers of the north quay, however",
                with(TEXT, "a disgrace").speakerMention().text());
    }

    @Test
    void aSentenceOpeningPhraseIsNoName() {
        ExtractedStatement s = with(TEXT, "far more than planned");
        assertEquals("Lena Park", s.speakerName());
        assertEquals("Gov. Lena Park (R-Ore.)", s.speakerMention().text());
    }

    @Test
    void whoAfterTheNameOfAnInvertedCueIsThatName() {
        ExtractedStatement s = with(TEXT, "the board had hidden the reports");
        assertEquals("who", s.speakerMention().text());
        assertEquals("Ray Moss", s.speakerName());
    }

    @Test
    void aRelativeClauseAfterTheAttributionDoesNotInterruptTheQuote() {
        ExtractedStatement s = with(TEXT, "The board knew");
        assertEquals("Ida Stone", s.speakerName());
        assertEquals(2, s.segments().size());
        assertTrue(s.text().contains("Nobody listened"));
    }
}
