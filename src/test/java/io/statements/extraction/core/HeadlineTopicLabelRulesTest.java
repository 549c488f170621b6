package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n69e, rule topic-label-over-reported-headline ({@link HeadlineTopicLabels}, {@link TranscriptLabels}): a
 * headline label whose colon is followed by a report with its own subject and verb of saying is a topic, and the
 * quote is the reported subject's; a label over the speaker's own words stays the speaker. Invented text.
 */
class HeadlineTopicLabelRulesTest {

    @Test
    void aTopicLabelOverAReportGivesTheQuoteToTheReportedSubject() {
        String text = "Quarry blast: Judge says 'lessons were ignored' as owners fined\n\n"
                + "Judge Orla Kittredge fined the owners of the Brannock quarry on Friday over a blast that injured "
                + "four workers.\n\n"
                + "\"The warnings were there for years and lessons were ignored,\" Judge Kittredge said.";
        assertEquals("Orla Kittredge", with(text, "lessons were ignored").speakerName());
    }

    @Test
    void aColumnHeadingIsNoSpeaker() {
        String text = "The Latest: Tamsin Varga declares 'a new start' for the valley\n\n"
                + "Tamsin Varga won the Ellery Valley mayoral race on Sunday night.\n\n"
                + "\"This is a new start for every family in the valley,\" Varga told supporters.";
        assertEquals("Tamsin Varga", with(text, "a new start").speakerName());
    }

    @Test
    void aLabelOverTheSpeakersOwnWordsStaysTheSpeaker() {
        String text = "Tamsin Varga: Valley budget 'a scandal'\n\n"
                + "Tamsin Varga, who is running for mayor of Ellery Valley, criticised the council's budget on Monday.\n\n"
                + "\"It is a scandal,\" Varga told reporters.";
        assertEquals("Tamsin Varga", with(text, "Valley budget").speakerName());
    }

    @Test
    void aFirstPersonVerbAfterTheLabelKeepsTheLabel() {
        String text = "Tamsin Varga: I told them 'not one more cut'\n\n"
                + "Tamsin Varga, who is running for mayor of Ellery Valley, said she had warned the council twice.\n\n"
                + "\"They did not listen,\" Varga told reporters.";
        assertEquals("Tamsin Varga", with(text, "I told them").speakerName());
    }
}
