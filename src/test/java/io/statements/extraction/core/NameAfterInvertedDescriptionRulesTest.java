package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n51e, rule name-after-inverted-description ({@link InvertedSubjects}): after an inverted cue, a description
 * in lower case (`a survivor`, `one of the deckhands`) and then, set off by commas, a full name: the name speaks, not
 * `one` or `survivor`. Without a name after the comma the description stays, and a name first keeps the older rules.
 * Invented text.
 */
class NameAfterInvertedDescriptionRulesTest {

    @Test
    void aPartitiveThenAName() {
        String text = "\"The waves came over the side,\" said one of the deckhands, Yusuf Alandi, 37, from Qerat. "
                + "\"I held on to a fuel can until morning.\"\n";
        assertEquals("Yusuf Alandi", with(text, "The waves came over").speakerName());
        assertEquals("Yusuf Alandi", with(text, "I held on to a fuel can").speakerName());
    }

    @Test
    void aDescriptionThenAName() {
        String text = "\"The road was gone by noon,\" said a farmer, Odile Marchetti, from the upper valley.\n";
        assertEquals("Odile Marchetti", with(text, "The road was gone").speakerName());
    }

    @Test
    void noNameAfterTheComma() {
        String text = "\"The waves came over the side,\" said one of the deckhands, adding that help came late.\n";
        assertEquals("one", with(text, "The waves came over").speakerName());
    }

    @Test
    void aNameFirstStays() {
        String text = "\"We saw the smoke first,\" said Ilse Varga, a ferry pilot, Kestrel Lines told reporters.\n";
        assertEquals("Ilse Varga", with(text, "We saw the smoke").speakerName());
    }
}
