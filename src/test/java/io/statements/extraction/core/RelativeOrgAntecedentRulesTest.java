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
            + "The council vote drew notice from large local employers such as Tolvane, which opposed the plan."
            + " \"We urge every business to speak up against this measure,\" the company wrote on its website.\n";

    private static final String SUBJECT = "Plant closing\n\n"
            + "Ostrava Dynamics is not struggling like the shipyards that closed a decade ago. But the company says it"
            + " fears falling behind its rivals overseas.\n";

    private static final String NEXT_PARAGRAPH = "Columnist leaves\n\n"
            + "Ostrava Dynamics also commented on the columnist's future with the site.\n\n"
            + "\"We wish him well in whatever comes next,\" the company said in a statement.\n";

    private static final String OWN_SENTENCE = "Board years\n\n"
            + "Voters hear little about her years on the board of the lending giant Tolvane from 2004 to 2006."
            + " Tolvane was one of several firms sued by the league for steering borrowers into costly loans, and"
            + " toward the end of her tenure, the company agreed to pay $20 million to settle the claims.\n";

    @Test
    void theCompanyIsTheSubjectOfItsOwnSentence() {
        assertEquals("Tolvane", with(OWN_SENTENCE, "steering borrowers").speakerName());
    }

    @Test
    void theCompanyIsTheNameBeforeWhich() {
        assertEquals("Tolvane", with(WHICH, "speak up against").speakerName());
    }

    @Test
    void theCompanyIsTheTwoWordSubjectBefore() {
        assertEquals("Ostrava Dynamics", with(SUBJECT, "falling behind").speakerName());
    }

    @Test
    void theCompanyIsTheSubjectEndingTheParagraphBefore() {
        assertEquals("Ostrava Dynamics", with(NEXT_PARAGRAPH, "whatever comes next").speakerName());
    }
}
