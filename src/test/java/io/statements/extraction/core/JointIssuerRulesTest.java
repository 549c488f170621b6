package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n51a, rule joint-issuers ({@link IssuerLists}): a statement issued by a list of named people or bodies is the
 * first named's, over an organisation named nearer and over a clause's `they` in the issuing sentence.
 */
class JointIssuerRulesTest {

    @Test
    void aJointStatementOfThreeOfficialsIsTheFirstNamed() {
        String text = """
                Savers protected

                Every Harwick depositor can withdraw in full, the regulators said.

                Finance Minister Rosalind Okereke, central bank governor Pieter Vandamme and fund chair Hamid Sorell issued a joint statement late on Sunday setting out the measures they believe will shield savers.

                "Every saver of Harwick Savings Bank will be paid in full by Monday," the statement said.
                """;
        assertEquals("Rosalind Okereke", with(text, "Every saver of Harwick").speakerName());
    }

    @Test
    void twoBodiesIssuingAStatementGiveTheFirst() {
        String text = """
                River deal

                The Ostrava Water Board and the Lenden Farmers Union issued a joint statement on Friday.

                "The river will be shared fairly between town and field," the statement said.
                """;
        assertEquals("Ostrava Water Board", with(text, "The river will be shared").speakerName());
    }

    @Test
    void aPlaceOpeningTheSentenceIsNoIssuer() {
        String text = """
                Flood aid

                In Halden, Governor Mirela Vostok released a statement on Thursday night.

                "We will rebuild every home the water took," the statement said.
                """;
        assertEquals("Mirela Vostok", with(text, "We will rebuild every home").speakerName());
    }
}
