package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names38, rule title-subject-not-appositive: in `In an interview with podcast host Tom Reyes, the candidate
 * said` the title is its clause's subject, not an appositive giving Reyes the title, so a later `the candidate` stays
 * the candidate the article introduced. Invented text.
 */
class TitleSubjectRulesTest {

    private static final String TEXT = "Candidate defends plan\n\n"
            + "Ida Berg, a candidate for governor, unveiled her ferry plan on Monday.\n\n"
            + "In an interview with podcast host Tom Reyes, the candidate said the ferry would be free for students.\n\n"
            + "\"It pays for itself,\" the candidate said later.";

    @Test
    void theCandidateIsNotTheInterviewer() {
        assertEquals("Ida Berg", with(TEXT, "It pays for itself").speakerName());
    }
}
