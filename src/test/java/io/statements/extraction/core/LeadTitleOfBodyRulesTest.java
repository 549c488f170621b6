package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n66d, rules lead-title-of-body ({@link LeadTitles}) and then-title ({@link SpeakerResolver}): a lead's
 * `THE principal of Tayside College has resigned` is the person the next sentence opens with (a scholar's rank
 * before the name is no other office), also when the text has no headline; `the then-principal` is whom the text
 * gave `principal`. Not when the next sentence opens with another office, nor past the lead. Invented text.
 */
class LeadTitleOfBodyRulesTest {

    private static final String BODY = "THE principal of Tayside College has quit \"with immediate effect\", as "
            + "the college faces a deficit of some 12 million pounds.\n\n"
            + "Professor Ewan Dalgety also stepped down as rector of the college on Friday after three years.\n\n"
            + "It comes a month after Dalgety warned staff of a \"large deficit\" this year.\n\n";

    private static final String PRINCIPAL = BODY
            + "The principal said a \"sharp fall\" in the number of foreign students was partly to blame.";

    private static final String THEN = BODY
            + "The then-principal said a \"sharp fall\" in the number of foreign students was partly to blame.";

    private static final String OTHER_OFFICE = "THE principal of Tayside College has quit \"with immediate "
            + "effect\", as the college faces a deficit.\n\n"
            + "Minister Ewan Dalgety said he would ask for an audit of the college.\n\n"
            + "The principal said a \"sharp fall\" in the number of foreign students was partly to blame.";

    private static final String LATER = "Tayside College faces a deficit.\n\n"
            + "Its board met on Friday.\n\n"
            + "THE principal of Tayside College has resigned after three years.\n\n"
            + "Professor Ewan Dalgety also stepped down as rector.\n\n"
            + "The principal said a \"sharp fall\" in the number of foreign students was partly to blame.";

    @Test
    void theLeadsTitleOfABodyIsTheNextSentencesPerson() {
        assertEquals("Ewan Dalgety", with(PRINCIPAL, "sharp fall").speakerName());
    }

    @Test
    void thenTitleIsTheHolder() {
        assertEquals("Ewan Dalgety", with(THEN, "sharp fall").speakerName());
    }

    @Test
    void notWhenTheNextSentenceOpensWithAnotherOffice() {
        assertNotEquals("Ewan Dalgety", with(OTHER_OFFICE, "sharp fall").speakerName());
    }

    @Test
    void notPastTheLead() {
        assertNotEquals("Ewan Dalgety", with(LATER, "sharp fall").speakerName());
    }
}
