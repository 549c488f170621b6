package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n51d, rule described-group ({@link SentenceSubjectSieve}): `The` and a lower-case plural opening the sentence
 * right after a speaker's quote (`The medics "knew ..."`) is a group the speaker talks about, so the cue-less quote is
 * the speaker's; the plural is no verb after a name (`Ostrava Freight cites "..."` still is). Invented text.
 */
class DescribedGroupRulesTest {

    @Test
    void aDescribedGroupAfterTheSpeakersQuoteKeepsTheSpeaker() {
        ExtractedStatement s = with("Singer dies\n\nFire captain Ruben Estrada told the Daily that crews answered a call."
                + "\n\n\"We found a grim scene inside the house,\" he added. The medics \"knew exactly who was in "
                + "front of them and gave him the same care as anyone.\"\n", "knew exactly who");
        assertEquals("Ruben Estrada", s.speakerName(), s.toString());
    }

    @Test
    void aGroupOpeningAParagraphOfItsOwnIsNotTheSpeakerBefore() {
        ExtractedStatement s = with("Singer dies\n\n\"We found a grim scene,\" Ruben Estrada said.\n\nThe medics "
                + "\"knew exactly who was in front of them and gave him the same care as anyone.\"\n", "knew exactly who");
        assertEquals("medics", s.speakerName(), s.toString());
    }

    @Test
    void aNameBeforeItsVerbStaysTheSpeaker() {
        ExtractedStatement s = with("Rail fees\n\nOstrava Freight, the largest haulier, warned on Monday. Ostrava Freight "
                + "cites \"a fee rise of forty per cent in a single year\" in its letter.\n", "a fee rise of forty");
        assertEquals("Ostrava Freight", s.speakerName(), s.toString());
    }
}
