package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n68e, rule quotative-frame ({@link QuotativeFrames}): a quote closing on a comma and followed in its
 * sentence only by a named person and one finite verb is that person's, even when the verb is no cue of the
 * lexicon (`boomed`) or a present tense the lexicon leaves out (`claims`, `cries`). An unknown voice stays
 * unnamed, and a verb followed by a lower-case word is no frame around a person.
 */
class QuotativeFrameRulesTest {

    private static final String LEAD = "Flooding hits Dunmore valley\n\nThe council met in an emergency session on Monday.\n\n";

    @Test
    void aNamedSubjectWithAMannerVerbSpeaks() {
        String text = LEAD + "\"Nobody in this courtroom believes the harbour board forgot its own safety rules,\" Judge Oskar Lindqvist boomed.";
        assertEquals("Oskar Lindqvist", with(text, "believes the harbour board").speakerName());
    }

    @Test
    void anInvertedPresentTenseVerbBeforeANameSpeaks() {
        String text = LEAD + "\"The dykes were patched with sandbags and promises for twenty years,\" claims Tomas Verhoek, "
                + "a former mayor of Dunmore, in a long letter to the council.";
        assertEquals("Tomas Verhoek", with(text, "patched with sandbags").speakerName());
    }

    @Test
    void aNamedSubjectWithAPresentTenseVerbSpeaks() {
        String text = LEAD + "\"Nobody from the water board has come to see the damage here,\" Greta Holmberg claims.";
        assertEquals("Greta Holmberg", with(text, "water board has come").speakerName());
    }

    @Test
    void anUnknownVoiceStaysUnnamed() {
        String text = LEAD + "\"The water took the sheep, the tractor and the wedding photographs,\" cries a farmer from the valley.";
        assertNull(with(text, "took the sheep").speakerName());
    }

    @Test
    void aVerbBeforeALowerCaseWordIsNoFrameAroundAPerson() {
        String text = LEAD + "Tomas Verhoek spoke for an hour at the hall.\n\n"
                + "\"Save the valley and save our homes now,\" blared the posters across Dunmore.";
        assertNull(with(text, "Save the valley").speakerName());
    }

    @Test
    void aPlaceOrAudienceAfterTheVerbKeepsTheFrame() {
        String text = LEAD + "\"Not one of these pumps has been serviced since the last flood,\" Greta Holmberg boomed at the "
                + "council members in the town hall.";
        assertEquals("Greta Holmberg", with(text, "pumps has been serviced").speakerName());
    }

    @Test
    void aVerbWithAnObjectIsNoFrame() {
        String text = LEAD + "\"The Pumps of Dunmore Valley and Other Stories,\" Greta Holmberg directs this spring.";
        assertNull(with(text, "Pumps of Dunmore").speakerName());
    }
}
