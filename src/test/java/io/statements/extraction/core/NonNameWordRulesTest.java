package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Session names27, rule non-name-word: an adverb, an auxiliary or a participle a subject rule took for the speaker
 * (`has resisted calls`, `would ever admit`, `who soon wanted`) is reported as no name, never as the word; and rule
 * cut-adjective: `said a source close to X` names a `source`; rule trailing-auxiliary: `X have, in fact, warned` names
 * X. Invented text.
 */
class NonNameWordRulesTest {

    private static final String TEXT = "Harbour row\n\n"
            + "Tom Reyes has won four of the five ferry votes. He has resisted pleas from two fellow board members to"
            + " step aside from the race.\n\n"
            + "Few captains would ever admit this, but the ferry schedule has been late for a decade.\n\n"
            + "The harbour board has twice complained to the ferry company since March about the late boats.\n\n"
            + "\u201cThe boats will be late again,\u201d said a source close to the harbour board.\n\n"
            + "Harbour officials have, in fact, warned the ferry company that the winter timetable cannot work.";

    private static final Set<String> JUNK = Set.of("resisted", "ever", "twice");

    @Test
    void noStatementIsGivenANonNameWord() {
        for (ExtractedStatement s : Extracted.all(TEXT)) {
            assertFalse(s.speakerName() != null && JUNK.contains(s.speakerName()), s.speakerName() + ": " + s.text());
        }
    }

    /** Rule cut-adjective: `a source close to X` is a source, not a `source close`. */
    @Test
    void anAdjectiveCutFromItsPhraseIsDropped() {
        assertEquals("source", with(TEXT, "late again").speakerName());
    }

    /** Rule trailing-auxiliary: `Harbour officials have, in fact, warned` names the officials, not `officials have`. */
    @Test
    void anAuxiliaryAfterTheSubjectIsNoPartOfItsName() {
        assertEquals("Harbour officials", with(TEXT, "winter timetable cannot work").speakerName());
    }
}
