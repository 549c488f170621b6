package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n64c, rule statement-carried-by-subject ({@link DocumentAuthorsNamed}): `In a joint statement, X and Y said
 * ..., news agency Z reported` ... `the statement read`: the statement is the subject's (the first of a list), not the
 * news agency's that credits the sentence; `In a letter, X wrote` likewise. Invented text.
 */
class StatementCarriedBySubjectRulesTest {

    @Test
    void anOpeningJointStatementIsItsFirstIssuersNotTheAgencys() {
        String text = "Port union officers quit\n\n"
                + "The secretary of the Varden Dockers Union and its treasurer stepped down on Friday.\n\n"
                + "In a joint statement, union secretary Halla Brekk and treasurer Ole Sand said they had handed "
                + "in their resignations, news agency NPA reported.\n\n"
                + "The statement read, \"We accept our share of the blame for the long delays.\"";
        assertEquals("Halla Brekk", with(text, "We accept our share").speakerName());
    }

    @Test
    void anOpeningStatementOfABodyIsTheBodys() {
        String text = "Water rationing ends\n\n"
                + "In a statement, the Orvik Water Board said the reservoirs were full again, the Coastal Press "
                + "Service reported.\n\n"
                + "\"Households may water their gardens from Monday,\" the statement said.";
        assertEquals("Orvik Water Board", with(text, "Households may water").speakerName());
    }

    @Test
    void anOpeningLetterIsItsWritersNotTheAgencys() {
        String text = "Headteacher leaves\n\n"
                + "In a letter, headteacher Mirela Dusk told parents she would retire in July, news agency NPA "
                + "reported.\n\n"
                + "\"It has been the joy of my life,\" the letter said.";
        assertEquals("Mirela Dusk", with(text, "It has been the joy").speakerName());
    }

    @Test
    void aPersonTheStatementThanksDidNotIssueIt() {
        String text = "Mayor thanked\n\n"
                + "In a statement, Mayor Tove Lind was thanked by the harbour board for her years of service, news "
                + "agency NPA reported.\n\n"
                + "\"She never missed a meeting,\" the statement said.";
        assertNotEquals("Tove Lind", with(text, "She never missed a meeting").speakerName() + "");
    }
}
