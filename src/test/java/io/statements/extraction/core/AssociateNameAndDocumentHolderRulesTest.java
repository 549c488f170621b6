package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: `a senior aide to Mayor X, Peter Lind,` is Peter Lind (not the aide unnamed, nor the mayor);
 * `the memo, obtained by the Harbour Times,` was not written by the newspaper that obtained it. Invented text.
 */
class AssociateNameAndDocumentHolderRulesTest {

    private static final String TEXT = "Budget\n\n"
            + "The city's budget plan drew criticism on Tuesday.\n\n"
            + "A senior aide to Mayor Anna Holt, Peter Lind, called the plan \"dead on arrival\" in a memo to council"
            + " members. The memo, obtained by the Harbour Times, said the cuts would \"gut the fire service.\"";

    @Test
    void theNameAfterAnAssociatesPhraseIsTheSpeaker() {
        assertEquals("Peter Lind", with(TEXT, "dead on arrival").speakerName());
    }

    @Test
    void whoObtainedADocumentDidNotWriteIt() {
        assertEquals("Peter Lind", with(TEXT, "gut the fire service").speakerName());
    }
}
