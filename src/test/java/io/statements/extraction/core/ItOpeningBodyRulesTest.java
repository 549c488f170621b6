package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n50a, rule it-opening-body ({@link DocumentIt}): `The constitutional court faulted neither X nor his
 * ministers, but the vote board. It said ...` is the court that opens the sentence before, though a comma made its
 * main clause look like an introduction; a sentence opened by a person keeps its old reading.
 */
class ItOpeningBodyRulesTest {

    @Test
    void itAfterACourtThatOpensTheSentenceBeforeIsTheCourt() {
        String text = "Poll annulled in Veskar\n\n"
                + "Opposition leader Ilan Moreto welcomed the ruling. \"The people have been heard,\" he said.\n\n"
                + "The constitutional court faulted neither Lende nor his ministers, but the electoral board of "
                + "Veskar. It said the board \"broke the law\" when it sent results.";
        assertEquals("constitutional court", with(text, "broke the law").speakerName());
    }

    @Test
    void aSentenceThatOpensWithAPersonIsNoBody() {
        String text = "Poll annulled in Veskar\n\n"
                + "The Veskar Electoral Board published the results on Monday.\n\n"
                + "The opposition leader did not blame the court or the judges, but the electoral board. It said the "
                + "count had been \"fully transparent\".";
        assertEquals(false, "opposition leader".equals(with(text, "fully transparent").speakerName()));
    }
}
