package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Session n76e, rule described-people-in-place ({@link LocatedDescriptions}): a lower-case description followed by
 * `in` and a known place names people who are there, not the place; the speaker stays the description. Negatives: a
 * document in a publication keeps its issuer, a capitalised head keeps its name. Invented text.
 */
class LocatedDescriptionsRulesTest {

    private static final String TEXT = "Border talks stall\n\n"
            + "The rebels in Niger warned of \"a long and costly war for everyone in the region\" "
            + "if the talks fail.\n\n"
            + "Farm officials in Gabon said the drought had cut the maize harvest by a third.\n\n"
            + "Velmar Herald reporters were told the same week that the dam would open in May.";

    private static final String DOCUMENT = "Dam delayed again\n\n"
            + "An editorial in the Velmar Herald said the dam \"will not open before the rains come back\".\n\n"
            + "Mayor Ansel Drummond in Velmar said the town would wait.";

    @Test
    void peopleDescribedInACountryAreNotTheCountry() {
        ExtractedStatement s = with(TEXT, "a long and costly war");
        assertEquals("rebels", s.speakerName());
        assertFalse(s.speakerName().contains("Niger"));
    }

    @Test
    void officialsDescribedInACountryStayADescription() {
        ExtractedStatement s = with(TEXT, "cut the maize harvest");
        assertEquals("Farm officials", s.speakerName());
    }

    @Test
    void aCapitalisedHeadKeepsItsName() {
        assertEquals("Ansel Drummond", with(DOCUMENT, "the town would wait").speakerName());
    }
}
