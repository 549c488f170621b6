package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n66d, rules office-of-place-holder and office-holder-last-named ({@link TitleAliases}): `Prime Minister of
 * Norland Arvo Kessel` (no comma after the place) gives him the office, and of two prime ministers `the prime
 * minister` is the one the story named last before the mention, not the other country's one named after it or in
 * between. Invented text.
 */
class OfficeHolderOfPlaceRulesTest {

    private static final String OF_PLACE = "Storm hits islands\n\n"
            + "Prime Minister of Norland Arvo Kessel has said that the port of Vellan was \"flattened\" in an hour.\n\n"
            + "Kessel said the full damage would not be known until Tuesday.\n\n"
            + "\"Everything near us was destroyed,\" the prime minister said.\n\n"
            + "The prime minister of Ostria, Lina Marsh, told a broadcast that \"we were spared the worst this time.\"";

    private static final String TWO_NAMED = "Leaders meet after storm\n\n"
            + "Prime Minister Arvo Kessel of Norland flew to Vellan on Monday.\n\n"
            + "Prime Minister Lina Marsh of Ostria offered help and said her navy would send two ships.\n\n"
            + "Kessel thanked her and said the damage was worse than feared.\n\n"
            + "\"Everything near us was destroyed,\" the prime minister said.";

    private static final String OTHER_NAMED_LAST = "Leaders meet after storm\n\n"
            + "Prime Minister Arvo Kessel of Norland flew to Vellan on Monday.\n\n"
            + "Prime Minister Lina Marsh of Ostria offered help on Tuesday.\n\n"
            + "Marsh said her navy would send two ships.\n\n"
            + "\"Our sailors leave tonight,\" the prime minister said.";

    private static final String ONE_HOLDER = "Storm hits islands\n\n"
            + "Prime Minister of Norland Peter Kessel toured the port on Monday.\n\n"
            + "Harbour master Ines Rudd said the piers were gone.\n\n"
            + "\"We will rebuild every pier,\" the prime minister said.";

    @Test
    void officeOfAPlaceBeforeTheNameGivesTheOffice() {
        assertEquals("Arvo Kessel", with(OF_PLACE, "Everything near us was destroyed").speakerName());
        assertEquals("Lina Marsh", with(OF_PLACE, "we were spared the worst").speakerName());
    }

    @Test
    void ofTwoHoldersTheOneNamedLastBeforeTheMention() {
        assertEquals("Arvo Kessel", with(TWO_NAMED, "Everything near us was destroyed").speakerName());
    }

    @Test
    void notTheFirstHolderWhenTheOtherWasNamedLast() {
        assertEquals("Lina Marsh", with(OTHER_NAMED_LAST, "Our sailors leave tonight").speakerName());
    }

    @Test
    void oneHolderStaysTheHolder() {
        assertEquals("Peter Kessel", with(ONE_HOLDER, "We will rebuild every pier").speakerName());
    }
}
