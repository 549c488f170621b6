package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session lead48, from the misses of two open real-news sets (every sentence here invented). Rule
 * pronoun-subject-chain: `He held on for two more days - against the advice of Treasurer X - ... At the door of his
 * office, he said` is the person the sentence before's `He` meant, not X named inside it. Rule parenthesised-initials-title: `the
 * Kestrel Canal Authority (KCA) chairman Omar Radwan`, then `the KCA chief` (a word for any head). Rule
 * party-title-topic: `the Harbour Party leader stated` with no leader named is the person the text is about.
 * `CEO`, `MP` and `Reporter` before a name are titles, not part of it; a run after `the` that registered itself as a
 * name (`the Coral Open`) is still no `he`.
 */
class ChainsAndTitlesRulesTest {

    @Test
    void aPronounGoesOnFromTheSamePronounBefore() {
        String text = "Leader goes\n\n"
                + "Prime Minister Alder Quist told his cabinet on Monday that he wanted one more year in office.\n\n"
                + "Mr Quist lost four ministers by Tuesday night. The first to go was the health minister, who wrote "
                + "a short letter and left the building within the hour. The housing and transport ministers followed "
                + "before dinner, and the fourth, a close friend of twenty years, resigned by text message shortly "
                + "before midnight, leaving the cabinet room half empty for the next morning's meeting.\n\n"
                + "He held on for two more days - against the advice of his new Treasurer, Nadim Zarif - before "
                + "giving way on Thursday.\n\n"
                + "At the door of his office, he said: \"I will leave with my head held high.\"";
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
        String text = "Leader steps down\n\n"
                + "Ilse Varga will stand down as head of the Ostravan government in March.\n\n"
                + "Speaking to reporters on Friday, the Harbour Party leader stated that \"the tank is empty\".";
        assertEquals("Ilse Varga", with(text, "the tank is empty").speakerName());
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
        String text = "Appeal lost\n\n"
                + "The world's top-ranked player said he would not take part in the Coral Open, where he is the "
                + "defending champion.\n\n"
                + "\"The judges have spoken and I will go home,\" he added.";
        assertEquals(false, "Coral Open".equals(with(text, "The judges have spoken").speakerName()));
    }
}
