package io.statements.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the start of a long text is read to tell its language, cut after a whole word. */
class LanguageSampleTest {

    @Test
    void aShortTextIsReadWhole() {
        String text = "Die Verhandlungen werden am Freitag fortgesetzt";
        assertSame(text, LanguageDetection.sample(text));
    }

    @Test
    void aLongTextIsCutAfterAWholeWord() {
        String text = "Le conseil municipal a voté le budget du port pour la saison prochaine ".repeat(10);
        String sample = LanguageDetection.sample(text);
        assertTrue(sample.length() <= LanguageDetection.SAMPLE_CHARS && sample.length() > LanguageDetection.SAMPLE_CHARS / 2);
        assertTrue(text.startsWith(sample));
        assertEquals(' ', text.charAt(sample.length()), "the cut falls between two words");
    }

    @Test
    void oneLongWordIsCutAtTheLimit() {
        String text = "x".repeat(1000);
        assertEquals(LanguageDetection.SAMPLE_CHARS, LanguageDetection.sample(text).length());
    }
}
