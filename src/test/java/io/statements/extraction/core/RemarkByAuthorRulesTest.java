package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names41, rule remark-by-author ({@link PossessedClaims}, asked by {@link LeadingCueSieve}): inside one
 * person's reported speech, `a remark by Y that ... "..."` quotes Y. Invented text.
 */
class RemarkByAuthorRulesTest {

    @Test
    void aRemarkByANamedTitleHolderIsTheirs() {
        String text = "Ms. Ruiz said Holt had ignored a remark by the province's finance chief, Tom Adeyemi, that the "
                + "deficit was \"completely out of control.\"";
        assertEquals("Tom Adeyemi", with(text, "completely out of control").speakerName());
    }

    @Test
    void aRemarkFromANameWithATitleAfterItIsTheirs() {
        String text = "Lund said she would \"leave it there\" when she was asked about a remark from Paul Denton, the "
                + "trade secretary, that the plan was \"a bit daft.\"";
        assertEquals("Paul Denton", with(text, "a bit daft").speakerName());
    }

    @Test
    void aRemarkWithNoAuthorStaysTheSpeakers() {
        String text = "Ms. Ruiz said she had heard a remark that the deficit was \"completely out of control.\"";
        assertEquals("Ruiz", with(text, "completely out of control").speakerName());
    }
}
