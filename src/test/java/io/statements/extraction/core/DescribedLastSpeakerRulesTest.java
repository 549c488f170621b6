package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n76d, rule pronoun-described-speaker-named ({@link DescribedLastSpeakers}): a `he`/`she` after a statement
 * whose speaker is only a definite description (`The arbiter said ...`) stands for the person the description names:
 * the one named in apposition to it, else the last person named just before it who is not talked about.
 */
class DescribedLastSpeakerRulesTest {

    @Test
    void theDescriptionAfterANamedPersonCarriesTheName() {
        String text = "Harbour dispute\n\n"
                + "The ferry operator misled its passengers for a decade, Inquiry Chairman Colm Dervish found on Monday.\n\n"
                + "The judge said the fares had been set \"without any regard for the islanders\".\n\n"
                + "He added: \"The operator must refund every ticket sold since the spring.\"";
        assertEquals("Colm Dervish", with(text, "must refund every ticket").speakerName());
    }

    @Test
    void thePersonInAppositionToTheDescription() {
        String text = "Fever outbreak\n\n"
                + "Confirming the closures at a briefing on Thursday, the county Commissioner for Health, Dr. Ines Morrow, "
                + "said two clinics had closed their wards.\n\n"
                + "She said, \"We have sent every sample we have to the laboratory and expect answers by Friday.\"";
        assertEquals("Ines Morrow", with(text, "every sample we have").speakerName());
    }

    @Test
    void aManagerNamedInTheSentenceBefore() {
        String text = "Coach leaves\n\n"
                + "Toma Brennick has resigned from Harbor City after winning the third straight Coastal Cup.\n\n"
                + "The 52-year-old coach announced his exit at a briefing on Friday.\n\n"
                + "\"This club gave me everything and I leave it with a light heart,\" he said.";
        assertEquals("Toma Brennick", with(text, "gave me everything").speakerName());
    }

    @Test
    void aPersonTalkedAboutAfterAPrepositionIsNotTheOneDescribed() {
        String text = "Campaign trail\n\n"
                + "The senator's husband lashed out at Arlo Pennick in a speech on Sunday.\n\n"
                + "But the former governor showed restraint on Monday and called the speech a mistake.\n\n"
                + "\"I should have kept my temper,\" he said.";
        assertNotEquals("Arlo Pennick", with(text, "kept my temper").speakerName());
    }

    @Test
    void aPersonNamedInsideAnotherStatementsWordsIsNotTheOneDescribed() {
        String text = "Fraud inquiry\n\n"
                + "The city council said on Monday that Pavel Dunst had hidden the losses from his partners.\n\n"
                + "The inspector said the accounts were \"in a worse state than anyone admitted\".\n\n"
                + "He added: \"Nobody checked a single invoice for three years.\"";
        assertNotEquals("Pavel Dunst", with(text, "checked a single invoice").speakerName());
    }
}
