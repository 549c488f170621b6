package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n65b, rule shorter-form-in-article ({@link ShorterNameForms}): a person's run whose last words the article
 * also writes on their own as the person's name loses the words before them, on every path (the full mention, the
 * surname, a pronoun). Near-misses: a known first name or an initial before the shorter form, a double surname the
 * article always writes whole. Invented text.
 */
class ShorterNameFormRulesTest {

    @Test
    void theArticlesOwnShorterFormIsTheName() {
        String text = "Quarry\n\nWork at the quarry stopped on Tuesday.\n\nQuarrymaster Bayo Tunde Fashola said the face "
                + "had cracked overnight.\n\nBayo Tunde Fashola, who has run the site since 2009, closed the gate.\n\n"
                + "\"Nobody goes in until the engineers have looked,\" Fashola said.";
        // `Quarrymaster` is in no list; the article writes the name without it
        assertEquals("Bayo Tunde Fashola", with(text, "face had cracked").speakerName());
        assertEquals("Bayo Tunde Fashola", with(text, "Nobody goes in").speakerName());
    }

    @Test
    void theShorterFormCountsWhenItOpensWithAKnownFirstName() {
        String text = "Quarry\n\nWork at the quarry stopped on Tuesday.\n\nQuarrymaster John Fashola said the face "
                + "had cracked overnight.\n\nJohn Fashola closed the gate.\n\n\"Nobody goes in,\" he said.";
        assertEquals("John Fashola", with(text, "face had cracked").speakerName());
        assertEquals("John Fashola", with(text, "Nobody goes in").speakerName());
    }

    @Test
    void aKnownFirstNameOrAnInitialBeforeTheShorterFormStays() {
        String text = "Quarry\n\nWork at the quarry stopped on Tuesday.\n\nMary Ann Fashola said the face had cracked."
                + "\n\nAnn Fashola, her cousin, closed the gate.\n\n\"Nobody goes in,\" Ann Fashola said.";
        assertEquals("Mary Ann Fashola", with(text, "face had cracked").speakerName());
        String initial = "Quarry\n\nWork at the quarry stopped.\n\nJ. Bayo Fashola said the face had cracked.\n\n"
                + "Bayo Fashola closed the gate.";
        assertEquals("J. Bayo Fashola", with(initial, "face had cracked").speakerName());
    }

    @Test
    void aShorterFormThatOnlyThePrePassCutIsNoEvidence() {
        // the pre-pass drops a sentence's opening word the text writes in lower case; the text never writes the rest alone
        String text = "Weir\n\nCanal Lantern Lookout said the weir was \"a canal disgrace.\"";
        assertEquals("Canal Lantern Lookout", with(text, "canal disgrace").speakerName());
    }

    @Test
    void aDoubleSurnameTheArticleAlwaysWritesWholeKeepsTheGivenName() {
        String text = "Quarry\n\nWork at the quarry stopped on Tuesday.\n\nXiomena Lozada Ferrer said the face had "
                + "cracked.\n\n\"Nobody goes in,\" Lozada Ferrer said.";
        assertEquals("Xiomena Lozada Ferrer", with(text, "face had cracked").speakerName());
    }
}
