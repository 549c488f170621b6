package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names30, rule elected-title ({@link ElectedTitles}): `Vey, a lawyer, was elected as mayor of Dunmore` gives
 * Vey the title, so that `The port city's new mayor` is Vey. Invented text.
 */
class ElectedTitleRulesTest {

    private static final String TEXT = "Mayor answers critic\n\n"
            + "The port city's new mayor said on Monday that the invitation from candidate Paul Hartree was \"a cheap"
            + " stunt\" aimed at the harbour vote. Rosa Vey has held the office since March.\n\n"
            + "Vey, a lawyer, was elected as mayor of Dunmore in a close race.\n";

    @Test
    void theNewMayorIsTheOneElectedMayor() {
        assertEquals("Rosa Vey", with(TEXT, "a cheap stunt").speakerName());
    }
}
