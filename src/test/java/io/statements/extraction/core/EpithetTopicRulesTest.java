package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n50b, rule epithet-topic ({@link EpithetTopics}): an epithet no list of titles holds (`the former
 * unionist`, `The record breaker`, `The former Italian teacher, who ...`) is the person the passage is about, the last
 * voice named in full and twice. Not a bare noun (`the announcer` at a rally is someone else), not a name's supporter
 * (`the Marsh supporter`), not a word the text gave someone else before. Invented text.
 */
class EpithetTopicRulesTest {

    private static final String TEXT = "Pereda says the win belongs to the mills\n\n"
            + "\"This is not my win alone, it belongs to everyone who stood in the rain,\" Marco Pereda told a crowd in"
            + " Valdora on Sunday night.\n\n"
            + "After a week on the road, the former steelworker said the result was a victory for those who"
            + " \"refused to give up on the mills\".\n\n"
            + "\"We start on Monday,\" Pereda said. The former Italian teacher, who turns 60 next week, said he would"
            + " \"keep the night classes going\".\n\n"
            + "\"Thank you, Valdora,\" the announcer said as the lights went down.\n\n"
            + "\"He will keep every promise,\" the Pereda supporter said.\n";

    private static final String GIVEN = "Rally in Valdora\n\n"
            + "\"We will win,\" Marco Pereda said. Pereda was cheered by Ana Brill, a retired unionist.\n\n"
            + "\"We march on Friday,\" the retired unionist said.\n";

    @Test
    void anEpithetIsThePersonThePassageIsAbout() {
        assertEquals("Marco Pereda", with(TEXT, "refused to give up on the mills").speakerName());
    }

    @Test
    void anEpithetWithANationalityWordAndARelativeClause() {
        assertEquals("Marco Pereda", with(TEXT, "keep the night classes going").speakerName());
    }

    @Test
    void aBareNounIsSomeoneElse() {
        assertNotEquals("Marco Pereda", with(TEXT, "Thank you, Valdora").speakerName());
    }

    @Test
    void aNamesSupporterIsSomeoneElse() {
        assertNotEquals("Marco Pereda", with(TEXT, "He will keep every promise").speakerName());
    }

    @Test
    void aWordTheTextGaveSomeoneElseIsNotTheLastVoice() {
        assertNotEquals("Marco Pereda", with(GIVEN, "We march on Friday").speakerName());
    }
}
