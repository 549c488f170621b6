package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session names44, rule next-sentence: a quote standing as its own sentence is attributed by the sentence after it
 * (`That was the view of X`, `So said X`, `Those were the words of X`, `The warning came from X`, `That is how X put
 * it`), not continued from the speaker before. Invented text.
 */
class NextSentenceSpeakerRulesTest {

    private static final String TEXT = "Quarry plan divides village\n\n"
            + "Parish councillor Edwin Marsh said the quarry would bring lorries through the square. \"We were never"
            + " asked,\" he said.\n\n"
            + "\"Forty jobs is forty families who can stay here.\" That was the view of Lena Kovacs, who runs the"
            + " bakery on the green.\n\n"
            + "\"The dust will settle on every garden for ten miles.\" So said retired chemist Owen Prout.\n\n"
            + "\"Nothing will be dug until the bats have been surveyed.\" The warning came from county ecologist"
            + " Mira Sandoval.\n\n"
            + "\"We will publish every lorry movement online.\" Those were the words of the company's director,"
            + " Piet Hollander, at a meeting on Friday.\n\n"
            + "\"It is a hole in the ground with a logo on it.\" That is how Edwin Marsh put it.";

    private static final String NO_ONE = "Market day\n\n"
            + "Stallholder Ruth Ambler said trade was slow. \"Nobody has money this month,\" she said.\n\n"
            + "\"Buy local, buy fresh.\" That was the message of the day.";

    @Test
    void theMessageOfTheDayNamesNoOne() {
        assertNotEquals("next-sentence", with(NO_ONE, "Buy local, buy fresh").sieve());
    }

    @Test
    void theViewOfNamesTheSpeaker() {
        assertEquals("Lena Kovacs", with(TEXT, "Forty jobs is forty families").speakerName());
    }

    @Test
    void soSaidNamesTheSpeaker() {
        assertEquals("Owen Prout", with(TEXT, "The dust will settle").speakerName());
    }

    @Test
    void theWarningCameFromNamesTheSpeaker() {
        assertEquals("Mira Sandoval", with(TEXT, "Nothing will be dug").speakerName());
    }

    @Test
    void theWordsOfNamesTheSpeaker() {
        assertEquals("Piet Hollander", with(TEXT, "We will publish every lorry").speakerName());
    }

    @Test
    void howNamePutItNamesTheSpeaker() {
        assertEquals("Edwin Marsh", with(TEXT, "a hole in the ground").speakerName());
    }
}
