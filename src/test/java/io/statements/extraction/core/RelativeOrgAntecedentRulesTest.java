package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names30, rules org-which-relative and company-nameless-subject ({@link RelativeOrgAntecedents}): `the
 * company` is the name the sentence before writes before `, which`, or the subject of its own sentence or of the one
 * before when that is one or two capitalised words that are nobody's name. Invented text.
 */
class RelativeOrgAntecedentRulesTest {

    private static final String WHICH = "Harbour vote\n\n"
            + "The council heard for months from businesses like Tolvane, which fought the harbour plan."
            + " \"We urge every business to speak up against this measure,\" the company wrote on its website.\n";

    private static final String SUBJECT = "Plant closing\n\n"
            + "Ostrava Dynamics posted record profits last year. But the company says it worries about losing ground"
            + " to rivals overseas.\n";

    private static final String NEXT_PARAGRAPH = "Columnist leaves\n\n"
            + "Ostrava Dynamics also weighed in on the dispute over the column.\n\n"
            + "\"We have no plans to change our policy on guest writers,\" the company said in a statement.\n";

    private static final String OWN_SENTENCE = "Board years\n\n"
            + "Her years as a director of the lender Tolvane rarely come up on the trail. Tolvane was among the"
            + " lenders the league took to court over hidden fees on home loans, and by the time she left, the"
            + " company agreed to pay $20 million.\n";

    @Test
    void theCompanyIsTheSubjectOfItsOwnSentence() {
        assertEquals("Tolvane", with(OWN_SENTENCE, "hidden fees").speakerName());
    }

    @Test
    void theCompanyIsTheNameBeforeWhich() {
        assertEquals("Tolvane", with(WHICH, "speak up against").speakerName());
    }

    @Test
    void theCompanyIsTheTwoWordSubjectBefore() {
        assertEquals("Ostrava Dynamics", with(SUBJECT, "losing ground").speakerName());
    }

    @Test
    void theCompanyIsTheSubjectEndingTheParagraphBefore() {
        assertEquals("Ostrava Dynamics", with(NEXT_PARAGRAPH, "guest writers").speakerName());
    }
}
