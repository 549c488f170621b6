package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n65e, rule rank-modifier-office ({@link OfficeRanks}): a rank word before a title (`deputy`, `prime`,
 * `assistant`, `acting`) makes the office: `the minister` is not the prime minister named last, `the deputy minister`
 * is the one given `Deputy Minister`, and nobody given the rank leaves the description. Invented text.
 */
class OfficeRankRulesTest {

    private static final String PRIME = "Minister quits\n\n"
            + "Welfare minister Oda Virtanen quit on Tuesday. Prime Minister Aaro Lehtola accepted her letter. "
            + "\"She did fine work,\" Lehtola said.\n\n"
            + "The Minister said: \"I leave with my head high.\"";

    private static final String PRIME_LOWER = "Minister quits\n\n"
            + "Oda Virtanen, the welfare minister, quit on Tuesday. Prime Minister Aaro Lehtola accepted her letter. "
            + "\"She did fine work,\" Lehtola said.\n\n"
            + "\"I leave with my head high,\" the minister said.";

    private static final String DEPUTY = "Ministers split\n\n"
            + "Deputy Minister Tarmo Ilves and Minister Greta Saar argued over the levy on Wednesday.\n\n"
            + "\"We need another year,\" the deputy minister said. \"We have waited long enough,\" the minister said.";

    private static final String NO_DEPUTY = "Minister visits\n\n"
            + "Minister Greta Saar toured the flooded valley on Wednesday.\n\n"
            + "\"Every farm will get help,\" the deputy minister said.";

    private static final String ONLY_PRIME = "Leader visits\n\n"
            + "Prime Minister Aaro Lehtola toured the flooded valley on Wednesday.\n\n"
            + "\"Every farm will get help,\" the minister said.";

    private static final String COACHES = "Coach goes\n\n"
            + "Head coach Jari Nurmi left the club on Friday. Assistant coach Pauli Kask takes the team on Sunday. "
            + "\"We owe him a lot,\" Kask said.\n\n"
            + "\"I gave this club ten years,\" the coach said.";

    private static final String ACTING = "Mayor away\n\n"
            + "Mayor Ivar Tamm is on sick leave. Acting mayor Rein Pold chaired the council on Tuesday.\n\n"
            + "\"The budget will pass,\" the acting mayor said. \"I will be back in June,\" the mayor wrote.";

    @Test
    void theCapitalisedMinisterIsNotThePrimeMinister() {
        assertEquals("Oda Virtanen", with(PRIME, "I leave with my head high").speakerName());
    }

    @Test
    void theMinisterIsNotThePrimeMinisterNamedLast() {
        assertEquals("Oda Virtanen", with(PRIME_LOWER, "I leave with my head high").speakerName());
    }

    @Test
    void theDeputyMinisterIsTheOneGivenTheRank() {
        assertEquals("Tarmo Ilves", with(DEPUTY, "We need another year").speakerName());
    }

    @Test
    void theMinisterStaysTheMinisterWithoutRank() {
        assertEquals("Greta Saar", with(DEPUTY, "We have waited long enough").speakerName());
    }

    @Test
    void nobodyGivenTheRankLeavesTheDescription() {
        assertNotEquals("Greta Saar", with(NO_DEPUTY, "Every farm will get help").speakerName());
    }

    @Test
    void theOnlyPrimeMinisterStaysTheMinister() {
        assertEquals("Aaro Lehtola", with(ONLY_PRIME, "Every farm will get help").speakerName());
    }

    @Test
    void theCoachIsNotTheAssistantCoach() {
        assertEquals("Jari Nurmi", with(COACHES, "I gave this club ten years").speakerName());
    }

    @Test
    void actingPicksTheActingHolderAndTheBareTitleTheOther() {
        assertEquals("Rein Pold", with(ACTING, "The budget will pass").speakerName());
        assertEquals("Ivar Tamm", with(ACTING, "I will be back in June").speakerName());
    }
}
