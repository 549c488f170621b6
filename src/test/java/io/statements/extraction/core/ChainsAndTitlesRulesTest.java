package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session lead48, from the misses of two open real-news sets (every sentence here invented). Rule
 * pronoun-subject-chain: `He resisted calls to quit - even from Treasurer X - for two days. Speaking outside, he said`
 * is the person the sentence before's `He` meant, not X named inside it. Rule parenthesised-initials-title: `the
 * Kestrel Canal Authority (KCA) chairman Omar Radwan`, then `the KCA chief` (a word for any head). Rule
 * party-title-topic: `the Harbour Party leader stated` with no leader named is the person the text is about.
 * `CEO`, `MP` and `Reporter` before a name are titles, not part of it; a run after `the` that registered itself as a
 * name (`the Coral Open`) is still no `he`.
 */
class ChainsAndTitlesRulesTest {

    @Test
    void aPronounGoesOnFromTheSamePronounBefore() {
        String text = "Leader quits\n\n"
                + "Prime Minister Alder Quist said he had tried to persuade colleagues to keep him.\n\n"
                + "Mr Quist faced a revolt by his ministers on Tuesday.\n\n"
                + "He resisted calls to quit - even from newly appointed Treasurer Nadim Zarif - for two days until "
                + "it became clear that he had lost his party.\n\n"
                + "Speaking outside his office, he said: \"I will leave with my head held high.\"";
        assertEquals("Alder Quist", with(text, "I will leave with my head held high").speakerName());
    }

    @Test
    void theInitialsOfAnOrganisationBringItsChief() {
        String text = "Ship freed\n\n"
                + "The Kestrel Canal Authority (KCA) chairman Omar Radwan said on Monday that traffic would resume.\n\n"
                + "\"From the moment the ship moved, we knew we had won,\" the KCA chief said.";
        assertEquals("Omar Radwan", with(text, "we knew we had won").speakerName());
    }

    @Test
    void aPartyTitleNobodyHoldsIsThePersonTheTextIsAbout() {
        String text = "Leader resigns\n\n"
                + "Ilse Varga has resigned as prime minister of Ostrava.\n\n"
                + "In a tearful press conference, the Harbour Party leader stated that \"it is time\" to step down.";
        assertEquals("Ilse Varga", with(text, "it is time").speakerName());
    }

    @Test
    void capitalTitlesAndTradesOpenNoName() {
        String text = "Dredging\n\n"
                + "Dredging CEO Pieter Bosman said \"do not cheer too soon\" as the ship moved.\n\n"
                + "Reporter Lyra Lenz, who covered the hearing, wrote that it was \"a turning point\".";
        assertEquals("Pieter Bosman", with(text, "do not cheer too soon").speakerName());
        assertEquals("Lyra Lenz", with(text, "a turning point").speakerName());
    }

    @Test
    void aTournamentAfterTheIsNoHe() {
        String text = "Visa appeal lost\n\n"
                + "The world's top-ranked player said he would not take part in the Coral Open, where he is the "
                + "defending champion.\n\n"
                + "\"I respect the court's ruling and I will leave the country,\" he added.";
        assertEquals(false, "Coral Open".equals(with(text, "I respect the court's ruling").speakerName()));
    }
}
