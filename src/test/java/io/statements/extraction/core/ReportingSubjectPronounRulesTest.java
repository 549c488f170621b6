package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n51b, rule he-reporter-subject ({@link ReportingSubjectPronouns}): `The harbour master replied that he
 * learned of Tamsin's detention over the radio. "...," he told the court` is the harbour master's, never the person
 * named inside the reported clause's object.
 */
class ReportingSubjectPronounRulesTest {

    private static final String HEAD = "Harbour master questioned over detention\n\n"
            + "The Lenmark district court on Friday heard a petition on the detention of activist Tamsin Orrel.\n\n"
            + "The presiding judge had ordered the harbour master to appear by noon. \"You are late,\" the judge said.\n\n";

    @Test
    void theOneWhoRepliesIsTheHeOfHisClauseAndOfHisNextQuote() {
        String text = HEAD + "The harbour master replied that he learned of Tamsin's detention over the radio. "
                + "\"She was taken off the ferry by customs,\" he told the court.";
        String got = with(text, "taken off the ferry").speakerName();
        assertTrue(got == null || !got.contains("Orrel") && !got.contains("Tamsin"), got);
        assertEquals("harbour master", got);
    }

    @Test
    void aNamedReporterKeepsTheClausePronoun() {
        String text = "Envoy stays on\n\nThe talks with Governor Ilse Brandt ended late.\n\n"
                + "Envoy Marek Tolan said that he would stay in Kessa until the vote. \"I am not leaving,\" he said.";
        assertEquals("Marek Tolan", with(text, "I am not leaving").speakerName());
    }
}
