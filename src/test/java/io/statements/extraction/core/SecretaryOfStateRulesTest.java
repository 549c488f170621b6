package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names21: the description `the former secretary of state` means the one the text gave that office (`Edith Marlow, the former
 * secretary of state,`), not the press secretary named last, and without such a tie the person the story is about,
 * like `the senator` ({@link DefiniteDescriptions}); it was a group `former secretary of state`. A mention cut at
 * `of` (`said former secretary` + `of state Edith Marlow`) is the name after the office. Invented text.
 */
class SecretaryOfStateRulesTest {

    private static final String TIED = "Marlow backs port plan\n\n"
            + "Edith Marlow, the former secretary of state, toured the harbour on Monday.\n\n"
            + "\"We will keep this port open,\" White House press secretary Dan Pruitt said.\n\n"
            + "The former secretary of state said ferries \"must run every hour.\"";

    private static final String SALIENT = "Marlow courts harbour voters\n\n"
            + "Edith Marlow spent Monday in the harbour towns, where Marlow has trailed all year.\n\n"
            + "\"We will keep this port open,\" Marlow said at a fish market.\n\n"
            + "The former secretary of state said ferries \"must run every hour.\"";

    private static final String CUT = "Marlow courts harbour voters\n\n"
            + "\"The ferries must run every hour,\" said former secretary of state Edith Marlow, who toured the docks.\n\n"
            + "Former Secretary of State Ada Prince recently urged voters \"to read the plan first.\"";

    @Test
    void aMentionCutAtOfStateIsTheNameAfterIt() {
        assertEquals("Edith Marlow", with(CUT, "must run every hour").speakerName());
        assertEquals("Ada Prince", with(CUT, "to read the plan first").speakerName());
    }

    @Test
    void theFormerSecretaryOfStateIsTheOneGivenTheOffice() {
        assertEquals("Edith Marlow", with(TIED, "must run every hour").speakerName());
    }

    @Test
    void elseThePersonTheStoryIsAbout() {
        assertEquals("Edith Marlow", with(SALIENT, "must run every hour").speakerName());
    }
}
