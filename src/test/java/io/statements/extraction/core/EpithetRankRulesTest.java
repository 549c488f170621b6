package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n52b, rules rank-epithet and epithet-one-name ({@link EpithetTopics}): `The world No. 2 added` is the
 * player the story is about; `the former dockworker` is the person named by one word only (`Marabo said`) to whom the
 * text gives a gender, also when that person's own quote comes before the epithet's sentence and a later sieve stores
 * it. Not a rank with no player named, not a one word the text gives no gender. Invented text.
 */
class EpithetRankRulesTest {

    private static final String RANK = "Ostrova reaches semi-final\n\n"
            + "Squash player Dana Ostrova beat Kai Lorne in four games on Thursday.\n\n"
            + "\"My legs were heavy but my head was clear,\" Ostrova said.\n\n"
            + "The world No. 2 added that she was \"happy to be home in the last four\".\n";

    private static final String NO_PLAYER = "Rain at the Lisk Open\n\n"
            + "Rain stopped play at the Lisk Open on Friday, organisers said.\n\n"
            + "\"Nobody should slip for a trophy,\" the world number three said.\n";

    private static final String ONE_NAME = "Tarrow says the win belongs to the valleys\n\n"
            + "\"This is the valleys' victory, not mine,\" Tarrow said in the square of Ebberly.\n\n"
            + "Hoarse after the campaign, the former welder said the result showed people \"wanted a voice again\".\n\n"
            + "Tarrow said his first act would be to reopen the clinics.\n";

    private static final String NO_GENDER = "Tarrow says the win belongs to the valleys\n\n"
            + "\"This is the valleys' victory, not ours,\" Tarrow said in the square of Ebberly.\n\n"
            + "Hoarse after the campaign, the former welder said the result showed people \"wanted a voice again\".\n";

    @Test
    void theWorldNumberTwoIsTheStorysPlayer() {
        assertEquals("Dana Ostrova", with(RANK, "happy to be home").speakerName());
    }

    @Test
    void aRankWithNoPlayerNamedStaysUnnamed() {
        String name = with(NO_PLAYER, "Nobody should slip").speakerName();
        assertNotEquals("Lisk Open", name);
        assertEquals(name, name == null ? null : name.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void anEpithetIsThePersonNamedByOneWord() {
        assertEquals("Tarrow", with(ONE_NAME, "wanted a voice again").speakerName());
    }

    @Test
    void aOneWordNameWithNoGenderIsNoEpithetsPerson() {
        assertNotEquals("Tarrow", with(NO_GENDER, "wanted a voice again").speakerName());
    }
}
