package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n56b, rule retold-organisation ({@link DescribedNames#retold}): a body named once with a long description
 * (`Lowland separatist militia group Orven Guard`, `regional water utility Calloway`) speaks later under that
 * description alone, with a new modifier (`The Pellary-backed Lowland separatist militia group said`); `the group`
 * after it speaks for it too, also for a name with an Arabic article (`al-Nasir Brigade`). Not a body of the same kind
 * the description's place word tells apart, not one sharing a single word, not a person's epithet. Invented text.
 */
class RetoldOrganisationRulesTest {

    private static final String MILITIA = "Militia says it shelled the airport\n\n"
            + "CARNE - Lowland separatist militia group Orven Guard has said it fired on the airport at Carne.\n\n"
            + "Residents said the shelling lasted two hours.\n\n"
            + "Flights were moved to the military field in the north.\n\n"
            + "The Pellary-backed Lowland separatist militia group said on Friday that the airport had been used to "
            + "fly in troops.\n\n"
            + "\"Every runway that lands soldiers is a target for us,\" the group said in a message.\n";

    private static final String UTILITY = "Water cuts extended\n\n"
            + "Regional water utility Calloway has extended cuts to four more towns after a pipe burst at Mere.\n\n"
            + "Mayor Tessa Hurne said the towns had been given too little warning.\n\n"
            + "The debt-laden regional water utility said tankers would reach every street by Thursday.\n";

    private static final String PARTICLE = "Brigade leaves the talks\n\n"
            + "Eastern rebel group al-Nasir Brigade said on Monday that it would not return to the talks.\n\n"
            + "Farmers in the valley said the fighting had stopped for now.\n\n"
            + "The Sarrat-backed Eastern rebel group said the ceasefire had been broken twice.\n\n"
            + "\"We will talk again when the shelling stops,\" the group said.\n";

    private static final String TWO_KINDS = "Two militias deny the attack\n\n"
            + "Lowland militia group Orven Guard and Highland militia group Tesk Front both denied the attack.\n\n"
            + "Police said the attackers came by boat.\n\n"
            + "The Highland militia group said its fighters were far to the north.\n";

    private static final String ONE_WORD = "Water cuts extended\n\n"
            + "Regional water utility Calloway has extended cuts to four more towns.\n\n"
            + "The coastal power utility said its own lines were not affected.\n";

    @Test
    void aRetoldDescriptionIsTheBodyItDescribed() {
        assertEquals("Orven Guard", with(MILITIA, "the airport had been used").speakerName());
    }

    @Test
    void theGroupAfterTheRetoldDescriptionIsTheBodyToo() {
        assertEquals("Orven Guard", with(MILITIA, "Every runway that lands").speakerName());
    }

    @Test
    void aRetoldDescriptionWithLowerCaseModifiersOnly() {
        assertEquals("Calloway", with(UTILITY, "tankers would reach every street").speakerName());
    }

    @Test
    void aNameWithAnArabicArticleIsTied() {
        assertEquals("al-Nasir Brigade", with(PARTICLE, "ceasefire had been broken twice").speakerName());
        assertEquals("al-Nasir Brigade", with(PARTICLE, "when the shelling stops").speakerName());
    }

    @Test
    void thePlaceWordTellsTwoBodiesOfOneKindApart() {
        assertEquals("Tesk Front", with(TWO_KINDS, "fighters were far to the north").speakerName());
    }

    @Test
    void oneSharedWordIsNotEnough() {
        assertNotEquals("Calloway", with(ONE_WORD, "own lines were not affected").speakerName());
    }
}
