package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: a name's words or document as the subject are that person's: `Marsh's language in the letter makes
 * clear that ...` (not a group called `Marsh's language`), `From Lamb's Facebook post: "..."` (not Facebook, with
 * `post` read as a verb). Invented text.
 */
class PossessorAuthorRulesTest {

    private static final String TEXT = "Harbour board rejects toll plan\n\n"
            + "Port Commissioner Nora Marsh criticised the harbour board on Monday for raising tolls.\n\n"
            + "Marsh said that \"we need more answers\" about the decision. But Marsh's language in the letter makes"
            + " clear that she is being careful and showing \"patience\" to the board.\n\n"
            + "Board chairman Victor Lamb has not replied. From Lamb's Facebook post: \"We will keep the docks open and"
            + " the tolls fair for every family in this city.\"";

    @Test
    void aPossessorsLanguageIsTheirs() {
        assertEquals("Nora Marsh", with(TEXT, "patience").speakerName());
    }

    @Test
    void aPossessorsPostIsNotThePlatforms() {
        assertEquals("Victor Lamb", with(TEXT, "keep the docks open").speakerName());
    }
}
