package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: a name after a title in an appositive (`The sponsor, Senator Dale Brooks,`, `the bill's
 * author, state Senator Dale Brooks,`) is the speaker; an office of a name issues documents (`Marsh's office released
 * a statement`: Marsh's, since session names47). Invented text.
 */
class TitledAppositiveRulesTest {

    private static final String TEXT = "River bill\n\n"
            + "Governor Elena Marsh spoke in Sacramento on Monday.\n\n"
            + "The bill's author, state Senator Dale Brooks, said the governor was \"misreading the drought.\"\n\n"
            + "The sponsor, Senator Nora Quill, said the vote was \"only the first step.\"\n\n"
            + "Farm officials, including Commissioner Tom Reyes, said the water was \"long promised.\"\n\n"
            + "The Delta Growers League praised the bill.\n\n"
            + "Marsh's office released a statement late on Thursday. \"The governor will not sign a bill that drains our"
            + " rivers,\" the statement said.";

    @Test
    void theNameAfterATitleInAnAppositiveIsTheSpeaker() {
        assertEquals("Dale Brooks", with(TEXT, "misreading the drought").speakerName());
        assertEquals("Nora Quill", with(TEXT, "only the first step").speakerName());
    }

    @Test
    void aPersonIncludedInAGroupDoesNotSpeakForIt() {
        assertEquals("Farm officials", with(TEXT, "long promised").speakerName());
    }

    @Test
    void anOfficeOfANameIssuesTheStatement() {
        ExtractedStatement st = with(TEXT, "drains our rivers");
        // session names47, rule named-office: the office speaks for the governor, under her name
        assertEquals("Elena Marsh", st.speakerName());
        assertEquals(SpeakerKind.PERSON, st.speakerKind());
    }
}
