package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n67f, rule headline-cue-subject ({@link HeadlineCueSubjects}): a headline quote in the clause of the
 * headline's own verb of saying is that verb's subject's, resolved to the person or body the text names in full, also
 * when no body sentence repeats the quote; a subject nobody in the text is named by (`Critics say`) gives nothing.
 * Invented text.
 */
class HeadlineCueSubjectRulesTest {

    @Test
    void aTitleSubjectOfTheHeadlineVerbIsItsHolder() {
        String text = "Ex-minister jailed for two years, judge says both sides requested 'plainly inadequate' terms\n\n"
                + "The term is longer than what either side asked for.\n\n"
                + "Former ports minister Alan Fenwick was sent to prison for two years on Monday by presiding judge Mara"
                + " Quill.\n\nQuill said he had abused the trust placed in him.\n";
        assertEquals("Mara Quill", with(text, "plainly inadequate").speakerName());
    }

    @Test
    void aSubjectNobodyInTheTextIsNamedByGivesNothing() {
        String text = "Harbour plan stalls, critics say town needs 'a real vote'\n\n"
                + "The harbour plan stalled on Monday after a long council meeting.\n\n"
                + "Mayor Kees Dorland said the plan would come back next year.\n";
        for (ExtractedStatement s : all(text)) {
            assertTrue(!s.text().contains("a real vote") || s.speakerName() == null
                    || !s.speakerName().equals("Kees Dorland"), "no speaker wanted: " + s);
        }
    }
}
