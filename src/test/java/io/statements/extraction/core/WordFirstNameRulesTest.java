package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names34, rule word-first-name: `Jan` and `Hope` before a capitalised word are first names, not the month
 * and the cue verb: the appositive `, Jan Pellow,` names its title's holder, `Hope Ardent` is the subject of `warned`.
 * The month keeps its reading with a number. Invented text.
 */
class WordFirstNameRulesTest {

    private static final String TEXT = "Mill to shut\n\n"
            + "The mill's owner, Jan Pellow, told workers on Jan 5 that the site had been \"losing money for years\".\n\n"
            + "The head of the regional council, Hope Ardent, warned that the closure would \"empty the valley\".";

    @Test
    void janIsAFirstName() {
        assertEquals("Jan Pellow", with(TEXT, "losing money for years").speakerName());
    }

    @Test
    void hopeIsAFirstName() {
        assertEquals("Hope Ardent", with(TEXT, "empty the valley").speakerName());
    }
}
