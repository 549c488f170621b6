package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61b, rule place-native-epithet ({@link PlaceNatives}, asked by {@link EpithetTopics}): in `the Dunmarrow
 * native` the capitalised word names where the person comes from, any place, so the epithet still stands for the
 * person just introduced; not a possessive (`Dunmarrow's native`), not when nobody is named. Invented text.
 */
class PlaceNativeRulesTest {

    @Test
    void theTownNativeIsTheWalkerJustNamed() {
        String text = "Walkers stranded on ridge\n\n"
                + "Rescuers reached the last walkers on the ridge on Sunday.\n\n"
                + "Tamsin Ferroway said her group had waited hours for a helicopter before walking down.\n\n"
                + "\"We had one torch between nine of us,\" said the 27-year-old Dunmarrow native.";
        assertEquals("Tamsin Ferroway", with(text, "We had one torch").speakerName());
    }

    @Test
    void aPlaceNoListHoldsBeforeNativeAfterHisQuote() {
        String text = "Striker signs for Esterby\n\n"
                + "Esterby have signed forward Joel Maddarin on a two-year deal. Maddarin scored 14 goals last season.\n\n"
                + "\"It feels like coming home,\" the Kellowvale native said.";
        assertEquals("Joel Maddarin", with(text, "It feels like coming home").speakerName());
    }

    @Test
    void nobodyNamedLeavesTheDescription() {
        String text = "Storm cuts power\n\n"
                + "Hundreds of homes in Pellick lost power overnight as a storm brought down lines.\n\n"
                + "\"I have never seen wind like it,\" said the 70-year-old Pellick native.";
        assertEquals("Pellick native", with(text, "I have never seen wind").speakerName());
    }
}
