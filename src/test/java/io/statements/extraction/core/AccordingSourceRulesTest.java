package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction7: a participle after a number or a determiner is an adjective (`412 pledged votes`, `the
 * reported losses`), and a verb of saying inside the source of `according to` (`surveys reported by the Herald`)
 * neither blocks that attribution nor makes one of its own. Invented text.
 */
class AccordingSourceRulesTest {

    private static final String TEXT = "Harbour vote\n\n"
            + "The ferry union has won 412 pledged votes, compared to the dockers' 380, according to a tally kept by the "
            + "harbour clerk.\n\n"
            + "Support for the bridge was strongest among older residents, according to surveys reported by the "
            + "Westmarch Herald.";

    @Test
    void aParticipleAfterANumberIsNoVerbOfSaying() {
        ExtractedStatement s = with(TEXT, "has won 412 pledged votes");
        assertEquals("according to", s.cue().text());
        assertTrue(s.speakerMention().text().startsWith("a tally kept by the harbour clerk"), s.speakerMention().text());
        assertTrue(all(TEXT).stream().noneMatch(x -> x.cue() != null && x.cue().text().equals("pledged")));
    }

    @Test
    void aVerbInsideTheSourceOfAccordingToIsPartOfTheSource() {
        ExtractedStatement s = with(TEXT, "strongest among older residents");
        assertEquals("according to", s.cue().text());
        assertTrue(all(TEXT).stream().noneMatch(x -> x.cue() != null && x.cue().text().equals("reported")));
    }
}
