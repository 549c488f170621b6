package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session extraction5: base forms of verbs of saying and belief after a plural subject. Invented text. */
class BaseFormCueRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Dock workers argue that the new quay is unsafe for larger ships. The unions still insist the "
            + "pay offer is too low for night crews. Many residents fear the gates will fail in a storm. "
            + "Her biggest claim is that the harbour lost money for years. Mayor Anna Holt rejected the idea that "
            + "crews have to argue over every shift.";

    @Test
    void aPluralSubjectMakesTheBaseFormACue() {
        ExtractedStatement s = with(TEXT, "the new quay is unsafe for larger ships");
        assertEquals("Dock workers", s.speakerMention().text());
        assertEquals("argue", s.cue().text());
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("insist", with(TEXT, "the pay offer is too low").cue().text());
        assertEquals("The unions", with(TEXT, "the pay offer is too low").speakerMention().text());
    }

    @Test
    void aBeliefVerbInThePresentIsACue() {
        ExtractedStatement s = with(TEXT, "the gates will fail");
        assertEquals("fear", s.cue().text());
        assertEquals("Many residents", s.speakerMention().text());
        assertEquals("the gates will fail in a storm", s.text());
    }

    @Test
    void afterAnAdjectiveOrAnInfinitiveMarkerTheBaseFormIsNoCue() {
        assertTrue(Extracted.all(TEXT).stream().noneMatch(s -> s.cue() != null
                && (s.cue().text().equals("claim") || s.cue().text().equals("argue")
                && s.text().contains("every shift"))));
    }
}
