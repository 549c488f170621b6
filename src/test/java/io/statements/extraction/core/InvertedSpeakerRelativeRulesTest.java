package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A relative pronoun after an inverted speaker with a lower-case phrase (`said one captain close to the talks, who
 * added ...`, `X says to Y on camera, who responds`) stands for the noun phrase after the verb of saying (session
 * extraction14); before, `who` found no antecedent and the quote had no speaker. Invented sentences.
 */
class InvertedSpeakerRelativeRulesTest {

    @Test
    void whoAfterAnInvertedSpeakerIsThatSpeaker() {
        ExtractedStatement s = with("Port news.\n\n\"It was not a convincing argument,\" said one captain familiar with "
                + "the talks, who added that the board seemed \"rattled\" by the vote.", "rattled");
        assertEquals("who", s.speakerMention().text(), s.toString());
        assertEquals("captain", s.speakerName(), s.toString());
    }

    @Test
    void whoAfterTheAddresseeOfAnInvertedVerbIsTheAddressee() {
        ExtractedStatement s = with("Port news.\n\n\"Tell the crews to meet at the pier,\" Holt says to Ida Berg on the "
                + "radio, who responds at once: \"We will be there.\"", "We will be there");
        assertEquals("who", s.speakerMention().text(), s.toString());
    }
}
