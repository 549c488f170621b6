package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names16: `a row of towns he said had cheaper ports`: the pronoun right before `said` is its subject;
 * the sentence before it was read as a postposed subject (`Lamb put Gullhaven in a row of towns he`,
 * named `Gullhaven`) with the opening phrase as its content, and the next `he said` went to `Gullhaven`. Invented
 * text.
 */
class ObjectRelativeCueRulesTest {

    private static final String TEXT = "Harbour vote\n\n"
            + "Victor Lamb spoke in Dover on Tuesday.\n\n"
            + "At a fair in Dover on Tuesday, Lamb put Gullhaven in a row of towns he said had cheaper"
            + " ports. \"We're losing ships to cheaper harbours every week,\" he said.";

    @Test
    void thePronounBeforeSaidIsTheSubject() {
        assertEquals("Victor Lamb", with(TEXT, "had cheaper ports").speakerName());
        assertEquals("Victor Lamb", with(TEXT, "losing ships").speakerName());
    }

    @Test
    void theOpeningPhraseIsNoStatement() {
        assertTrue(all(TEXT).stream().noneMatch(s -> s.text().contains("At a rally")));
    }
}
