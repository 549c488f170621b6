package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n62b, rule and-his-counterpart ({@link PossessivePartners}, {@link CoordinatedNames}): `X and his
 * counterpart Y said` is the two of them, not Y alone. Invented text.
 */
class AndHisCounterpartRulesTest {

    @Test
    void aCounterpartAfterHisIsPartOfThePair() {
        String text = "Prime Minister Semi Koroi and his Samoan counterpart Iosefa Matagi said on Tuesday that they would "
                + "\"share the cost\" of a new ferry.";
        assertEquals("Semi Koroi and Iosefa Matagi", with(text, "share the cost").speakerName());
    }

    @Test
    void aLongTitleBeforeThePairIsReached() {
        String text = "New Zealand Prime Minister Semi Koroi and his Samoan counterpart Iosefa Matagi said they would "
                + "\"share the cost\" of a new ferry.";
        assertEquals("Semi Koroi and Iosefa Matagi", with(text, "share the cost").speakerName());
    }

    @Test
    void aWifeNamedThroughHerHusband() {
        String text = "Mayor Ida Lenz and her husband Tom Lenz said the move was \"long overdue\" for the family.";
        assertEquals("Ida Lenz and Tom Lenz", with(text, "long overdue").speakerName());
    }

    @Test
    void hisPlayersAreNoNamedPartner() {
        String text = "Coach Aldo Brenti and his players said the pitch was \"a swamp\" after the rain.";
        assertEquals(false, "Aldo Brenti and players".equals(with(text, "a swamp").speakerName()));
    }

    @Test
    void aPossessiveOfSomethingElseIsNoPartner() {
        String text = "Tom Reyes met Ida Berg and her lawyer Ana Holt said the talks were \"going nowhere\" at all.";
        assertEquals("Ana Holt", with(text, "going nowhere").speakerName());
    }
}
