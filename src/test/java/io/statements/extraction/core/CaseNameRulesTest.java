package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session lead48: `v.` in a court case's name (`Doe v. Harlow`) ends no sentence, so `Quill continued that Doe v.
 * Harlow "has been ..."` is Quill's (it had been `Harlow`'s, a sentence of its own); rule case-name: the parties of a
 * case are no person for a later `she`. Invented text.
 */
class CaseNameRulesTest {

    @Test
    void aCaseNameEndsNoSentence() {
        String text = "Ruling\n\n"
                + "Former governor Ada Quill welcomed the ruling on Friday.\n\n"
                + "Quill continued that Doe v. Harlow \"has been consigned to history\".";
        assertEquals("Ada Quill", with(text, "has been consigned to history").speakerName());
    }

    @Test
    void aCasesPartyIsNoShe() {
        String text = "Ruling\n\n"
                + "Ada Quill told the crowd that the fight was not over.\n\n"
                + "The hearing lasted most of the day. Lawyers for both sides spent hours on the history of the "
                + "statute, the votes of the state legislature in the 1970s and the number of clinics that had closed "
                + "since then. Supporters waited in the rain, and police closed two streets near the courthouse.\n\n"
                + "The justices were asked to overturn Doe v. Harlow, the ruling of 1973.\n\n"
                + "\"Families will be safer tonight,\" she said.";
        assertNotEquals("Harlow", with(text, "Families will be safer").speakerName());
    }
}
