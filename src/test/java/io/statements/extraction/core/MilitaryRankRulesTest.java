package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names17: abbreviated military ranks (`Col.`, `Capt.`, `Lt.`, `Sgt.`, `Adm.`, `Cmdr.`) are titles like `Sen.`:
 * `Retired Navy Capt. Lawrence Ambrose` is a person (was an organisation for `Navy`), so the pronoun in his own
 * sentence is him; `the colonel` is the person given the rank (was the title, kind GROUP). Invented text.
 */
class MilitaryRankRulesTest {

    private static final String TEXT = "Host Clashes With Guest On Ferries.\n\n"
            + "When guests on his Sunday show made the point that ferries are safer than cars, radio host Tom Reyes"
            + " said the two could not be compared.\n\n"
            + "Retired Navy Capt. Lawrence Ambrose provoked Reyes's outburst when he mentioned the 1998 sinking and later"
            + " said, \"It's not just ferries that sink.\"\n\n"
            + "\"That is a false comparison!\" Reyes replied.\n\n"
            + "Army Col. Dana Whitfield, who ran the rescue, disagreed. \"The crews did their best,\" the colonel said.";

    @Test
    void aRankAfterAServiceOpensAPersonsName() {
        assertEquals("Lawrence Ambrose", with(TEXT, "ferries that sink").speakerName());
    }

    @Test
    void theColonelIsThePersonGivenTheRank() {
        assertEquals("Dana Whitfield", with(TEXT, "did their best").speakerName());
    }
}
