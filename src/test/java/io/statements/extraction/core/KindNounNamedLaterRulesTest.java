package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n62a, rule kind-noun-named-later ({@link LaterNamedBodies}): a lede lets a body speak by its kind noun
 * (`the ministry said`, `the commission said`) and names it only further down; the one body so headed is the
 * speaker. Near-misses: two bodies of that kind keep the description, a body named far away or a body whose name
 * merely holds the word elsewhere (`Ministry Street Traders`) is not it. Invented text.
 */
class KindNounNamedLaterRulesTest {

    private static final String MINISTRY = "Pipeline delay angers farmers\n\n"
            + "The ministry said on Monday that the pipeline to the southern valleys would open in May. "
            + "\"We are on schedule,\" the ministry said.\n\n"
            + "The Ministry of Water Resources of Veltria has faced criticism from growers in the south.";

    private static final String COMMISSION = "Vote delayed\n\n"
            + "\"We need more time to print the ballots,\" the commission said on Monday, postponing the vote by a week.\n\n"
            + "The Veltrian Electoral Commission has been criticised by both large parties.";

    private static final String TWO_MINISTRIES = "Talks stall\n\n"
            + "\"There is no agreement on the border posts,\" the ministry said on Monday.\n\n"
            + "The Ministry of Trade and the Ministry of Defence disagree on the plan.";

    private static final String NAMED_BEFORE = "Bridge shut\n\n"
            + "The Ministry of Transport closed the Orvel bridge on Monday.\n\n"
            + "\"Cracks were found in two piers,\" the ministry said. Engineers from the Dunmere Road Agency "
            + "will inspect it.";

    private static final String OTHER_WORD = "Market moves\n\n"
            + "\"Our stalls will stay where they are,\" the association said on Monday.\n\n"
            + "Traders on Association Street have sold fish there for a century.";

    @Test
    void theMinistryIsTheOneMinistryNamedLater() {
        assertEquals("Ministry of Water Resources of Veltria", with(MINISTRY, "We are on schedule").speakerName());
    }

    @Test
    void theCommissionIsTheBodyWhoseNameEndsInIt() {
        assertEquals("Veltrian Electoral Commission", with(COMMISSION, "We need more time").speakerName());
    }

    @Test
    void twoMinistriesKeepTheDescription() {
        assertEquals("ministry", with(TWO_MINISTRIES, "no agreement on the border posts").speakerName());
    }

    @Test
    void aBodyNamedBeforeIsStillTheOneBefore() {
        assertEquals("Ministry of Transport", with(NAMED_BEFORE, "Cracks were found").speakerName());
    }

    @Test
    void aNameThatMerelyHoldsTheWordIsNotTheBody() {
        assertEquals("association", with(OTHER_WORD, "Our stalls will stay").speakerName());
    }
}
