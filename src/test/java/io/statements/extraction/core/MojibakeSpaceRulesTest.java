package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61a, rule mojibake-space ({@link MojibakeSpaces}): a no-break space decoded with the wrong character set
 * (`┬á`, `Â` before a space) is a space, not junk glued to the next word (`áIt` had been the speaker's name, and no
 * pronoun). Near-miss: `Â` opening a word of its own. Invented text.
 */
class MojibakeSpaceRulesTest {

    @Test
    void aCodePageSpaceBeforeAPronounLeavesThePronoun() {
        String text = "Quarry\n\nThe Quarry Safety Board named the injured driver on Friday.\u252c\u00e1It added that "
                + "two lorries were still buried.";
        ExtractedStatement st = with(text, "two lorries were still buried");
        assertEquals("It", st.speakerMention().text());
        assertEquals("Quarry Safety Board", st.speakerName());
    }

    @Test
    void aLatinOneSpaceAfterACueLeavesTheCue() {
        String text = "Quarry\n\nThe quarry board said\u00c2\u00a0it would reopen the north pit in May.";
        assertEquals("it would reopen the north pit in May", with(text, "north pit").text());
        String plain = "Quarry\n\nThe quarry board said\u00c2 it would close the south pit in June.";
        assertEquals("it would close the south pit in June", with(plain, "south pit").text());
    }

    @Test
    void aCapitalWithACircumflexOpeningAWordStays() {
        String text = "Quarry\n\nThe \u00c2me Trust said it would pay for the new fence.";
        assertEquals("\u00c2me Trust", with(text, "new fence").speakerName());
    }
}
