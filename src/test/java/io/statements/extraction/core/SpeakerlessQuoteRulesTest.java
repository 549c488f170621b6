package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n72e: quotes that were left without a speaker, or not extracted, although the text names who said them:
 * cue verbs in British spelling and verbs of branding or talking, short quotes after a speech act (`attributed ...
 * to`, `alluded to`, `paid tribute to`), subjects behind a relative clause, and a quoted line a named body quote
 * repeats. Invented text.
 */
class SpeakerlessQuoteRulesTest {

    private static final String CUES = "Ferry row deepens\n\n"
            + "Councillor Ida Berg characterised the ruling as \"one-sided\" and said she would appeal.\n\n"
            + "Tomas Reyes branded the levy \"a quiet theft\" at the meeting.\n\n"
            + "Before the crash, Reyes had spoken of \"sinking the ferries\" more than once, the court heard.\n\n"
            + "Harbour master Lena Ortiz attributed the delay to \"technical faults\" on Friday.\n\n"
            + "Ortiz paid tribute to the \"tireless crews\" of the lifeboat service.\n\n"
            + "Berg alluded to her \"long feud\" with the board.\n\n"
            + "The collapse of the pier was attributed to \"poor welding\" in the inquiry.\n\n"
            + "The plan was later branded \"a scandal\" in several newspapers.\n\n"
            + "Critics of the so-called \"harbour reform\" met again on Friday.";

    @Test
    void britishSpellingAndBrandingAreCuesOfAShortQuote() {
        assertEquals("Ida Berg", with(CUES, "one-sided").speakerName());
        assertEquals("Tomas Reyes", with(CUES, "a quiet theft").speakerName());
    }

    @Test
    void spokenOfIsAVerbOfTalkingAboutTheQuote() {
        assertEquals("Tomas Reyes", with(CUES, "sinking the ferries").speakerName());
    }

    @Test
    void aShortQuoteAfterAttributedAllusionOrTributeIsTheSubjects() {
        assertEquals("Lena Ortiz", with(CUES, "technical faults").speakerName());
        assertEquals("Lena Ortiz", with(CUES, "tireless crews").speakerName());
        assertEquals("Ida Berg", with(CUES, "long feud").speakerName());
    }

    @Test
    void aPassiveAttributionOrBrandingAndAScareQuoteStayOut() {
        for (ExtractedStatement s : all(CUES)) {
            assertTrue(!s.text().contains("poor welding") || s.speakerName() == null, s.toString());
            assertTrue(!s.text().contains("a scandal") || s.speakerName() == null
                    || !s.speakerName().contains("pier"), s.toString());
            assertTrue(!s.text().contains("harbour reform"), s.toString());
        }
    }

    private static final String SUBJECTS = "Harbour sale stalls\n\n"
            + "The sale has been turned down by the harbour trustees, who said: \"No berth will be sold while this "
            + "board sits, and we will fight any buyer.\"\n\n"
            + "Anton Brel, who, after a long night of talks with the mayor, said the deal was \"not yet done\" and "
            + "went home.\n\n"
            + "The magistrate in the case, which drew crowds to the court, said it was \"doubtful\" that the ferry "
            + "had ever been safe.\n\n"
            + "Nell Ostrow, a developer, said the board had \"lost its nerve\" over the sale.\n\n"
            + "Judge Marta Ilves ruled that the operator had failed to \"keep the quay safe\" for years.\n\n"
            + "A merger was floated in May, but the trustees ruled that out within a week.\n\n"
            + "Relatives of the passengers who sat in the gallery through the hearing branded the verdict \"a "
            + "disgrace\".";

    @Test
    void aRelativePronounAfterAPlainNounPhraseIsThatPhrase() {
        ExtractedStatement s = with(SUBJECTS, "No berth will be sold");
        assertEquals("who", s.speakerMention().text());
        assertTrue(s.speakerName() != null && s.speakerName().contains("trustees"), String.valueOf(s.speakerName()));
    }

    @Test
    void aLoneRelativePronounBetweenCommasOpensAnInterruption() {
        assertEquals("Anton Brel", with(SUBJECTS, "not yet done").speakerName());
    }

    @Test
    void aPrepositionalPhraseBeforeTheInterruptionBelongsToTheSubject() {
        ExtractedStatement s = with(SUBJECTS, "doubtful");
        assertTrue(s.speakerMention().text().startsWith("The magistrate in the case"), s.speakerMention().text());
    }

    @Test
    void aRulingThatStatesItsFindingLikeAVerbOfSaying() {
        ExtractedStatement s = with(SUBJECTS, "keep the quay safe");
        assertEquals("Marta Ilves", s.speakerName());
        assertEquals("ruled", s.cue().text());
        for (ExtractedStatement o : all(SUBJECTS)) {
            assertTrue(o.cue() == null || !o.text().contains("within a week"), o.toString()); // `ruled that out`
        }
    }

    @Test
    void aRestrictiveRelativeInsideTheSubjectLeavesTheVerbToTheWholePhrase() {
        ExtractedStatement s = with(SUBJECTS, "a disgrace");
        assertTrue(s.speakerMention().text().startsWith("Relatives of the passengers"), s.speakerMention().text());
    }

    @Test
    void anAppositiveSubjectIsUnchanged() {
        assertEquals("Nell Ostrow", with(SUBJECTS, "lost its nerve").speakerName());
    }

    private static final String FRAMES = "Valley budget\n\n"
            + "The council met on Monday to set the valley's budget.\n\n"
            + "\"This is a bleak evening for everyone who lives in the valley,\" Tomas Reyes began, but he soon "
            + "turned to the figures.";

    private static final String UNNAMED_FRAME = "Valley budget\n\n"
            + "The council met on Monday to set the valley's budget.\n\n"
            + "\"We cannot pay for every road we were promised,\" the treasurer began, before handing out the "
            + "accounts.";

    @Test
    void aQuotativeFrameMayCloseOnACommaAndBeganFramesSpeech() {
        assertEquals("Tomas Reyes", with(FRAMES, "bleak evening for everyone").speakerName());
    }

    @Test
    void aFrameWithoutANameGivesNoName() {
        for (ExtractedStatement s : all(UNNAMED_FRAME)) {
            assertTrue(s.speakerName() == null || !Character.isUpperCase(s.speakerName().charAt(0)), s.toString());
        }
    }

    private static final String LINES = "Lender says more customers hit by breach\n\n"
            + "The Kestrel Credit breach is larger than first thought, the firm said on Monday.\n\n"
            + "About 40,000 licence numbers were taken, and a few hundred customers lost their statements.\n\n"
            + "\u2018We regret it\u2019\n\n"
            + "\u201CIt is very disappointing that so many more customers have been caught up in this. We regret it "
            + "deeply,\u201D Kestrel Credit chief executive Mara Voss said.\n\n"
            + "\u2018Never again\u2019\n\n"
            + "\u201CWe will contact every customer in the coming days,\u201D Voss added.";

    @Test
    void aQuotedLineANamedBodyQuoteRepeatsIsThatSpeakers() {
        ExtractedStatement s = with(LINES, "We regret it");
        assertEquals("Mara Voss", s.speakerName());
    }

    @Test
    void aQuotedLineNoBodyQuoteRepeatsStaysOut() {
        for (ExtractedStatement s : all(LINES)) {
            assertTrue(!s.text().contains("Never again") || s.speakerName() == null, s.toString());
        }
    }
}
