package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n50g, rule page-break-report ({@link SplitReports}): a paragraph ending on a cue after a quote (`"...,"
 * said`, `"...", according to`) runs on into the next, which names the speaker; the quote had no speaker. Near-misses:
 * a paragraph ending a full report, a next paragraph that opens with a quote. Invented text.
 */
class PageBreakReportRulesTest {

    @Test
    void aReportSplitAfterSaidRunsOnIntoTheNextParagraph() {
        ExtractedStatement s = with("Clinics to close.\n\n\"Every patient will be seen by a doctor within the week,\" "
                + "said\n\nHealth Minister Corvina Astley, speaking on Friday.", "Every patient");
        assertEquals("Corvina Astley", s.speakerName(), s.toString());
    }

    @Test
    void aReportSplitAfterAccordingToRunsOnIntoTheNextParagraph() {
        ExtractedStatement s = with("Clinics to close.\n\nThe valley clinics were \"never busy enough to keep open\", "
                + "according to\n\nRegional health director Amadou Keltie.", "never busy enough");
        assertEquals("Amadou Keltie", s.speakerName(), s.toString());
    }

    @Test
    void aFullReportEndsItsParagraph() {
        ExtractedStatement s = with("Clinics to close.\n\n\"Every patient will be seen by a doctor within the week,\" "
                + "said Corvina Astley.\n\nTadeo Ranfell called it \"a betrayal of every promise made\".", "a betrayal");
        assertEquals("Tadeo Ranfell", s.speakerName(), s.toString());
    }

    @Test
    void aQuoteOpeningTheNextParagraphIsNoSpeaker() {
        ExtractedStatement s = with("Clinics to close.\n\nThe ministry said\n\n\"We will keep every promise we made to "
                + "the valleys,\" Tadeo Ranfell said.", "every promise");
        assertNotEquals("ministry", s.speakerName(), s.toString());
        assertEquals("Tadeo Ranfell", s.speakerName(), s.toString());
    }
}
