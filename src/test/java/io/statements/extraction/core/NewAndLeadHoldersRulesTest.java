package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n67d, rules copula-new-title ({@link ElectedTitles}), new-title-new-holder ({@link NewHolders}) and
 * lead-head-of-body ({@link BodyHeads}): `X is the new president of ...` makes `the new VRU president` X, not the
 * current president of another body named after her; `The president of the ... federation (IRF)` in the lead is the
 * person named later as `IRF chief`. Not a president never given the title with `new`, not the chief of another
 * body. Invented text.
 */
class NewAndLeadHoldersRulesTest {

    private static final String NEW = "Rowing body elects its leader\n"
            + "\n"
            + "Ilse Marren is the new president of the Valtic Rowing Union (VRU) after a vote in Kessby on Sunday.\n"
            + "\n"
            + "Her deputy, Arno Pike, the current president of the Lisk Rowing Club, was elected vice-president.\n"
            + "\n"
            + "\"I am grateful to every club that trusted us,\" the new VRU president said.";

    private static final String NOT_NEW = "Rowing body elects its leader\n"
            + "\n"
            + "Ilse Marren won the vote in Kessby on Sunday and will lead the Valtic Rowing Union.\n"
            + "\n"
            + "Arno Pike, the current president of the Lisk Rowing Club, congratulated her.\n"
            + "\n"
            + "\"I am grateful to every club that trusted us,\" the president said.";

    private static final String LEAD = "Coach leaves rowing team\n"
            + "\n"
            + "The president of the island's rowing federation (IRF) was \"deeply sorry\" to see the head coach go after six years.\n"
            + "\n"
            + "The coach led the crews to three regional titles before the ministry ended his contract.\n"
            + "\n"
            + "\"We owe him a great deal,\" IRF chief Sora Lindqvist told the Harbour Post.";

    private static final String OTHER_BODY = "Coach leaves rowing team\n"
            + "\n"
            + "The president of the island's rowing federation (IRF) was \"deeply sorry\" to see the head coach go after six years.\n"
            + "\n"
            + "\"We owe him a great deal,\" Sora Lindqvist, chief of the Lisk Sailing Club (LSC), told the Harbour Post.";

    @Test
    void newPresidentIsTheOneGivenTheTitleWithNew() {
        assertEquals("Ilse Marren", with(NEW, "I am grateful to every club").speakerName());
    }

    @Test
    void noNewTitleNoNewHolder() {
        assertNotEquals("Ilse Marren", with(NOT_NEW, "I am grateful to every club").speakerName());
    }

    @Test
    void leadHeadOfBodyIsTheHeadNamedLaterByInitials() {
        assertEquals("Sora Lindqvist", with(LEAD, "deeply sorry").speakerName());
    }

    @Test
    void headOfAnotherBodyIsNotTheLeadsPresident() {
        assertNotEquals("Sora Lindqvist", with(OTHER_BODY, "deeply sorry").speakerName());
    }
}
