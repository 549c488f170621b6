package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session lead48. Rule article-before-name: a capitalised run after `the` (`the Gulls supporters`, `the launch of
 * the Velo Phone`) names a team or a thing, never the `he` of the next quote. Rule trade-inside-name: a capitalised
 * trade inside a run (`KTR Analyst Tomas Vell`) opens the person's name as a title does (the name was the whole
 * run, typed an organisation for `KTR`). `Laboratory`, `Observatory` are organisations' words. Invented text.
 */
class ThingNamesRulesTest {

    @Test
    void aTeamAfterTheIsNoHe() {
        String text = "Dunmere take the cup\n\n"
                + "Dunmere coach Claudio Ferri watched from the bench as the long-shot club lifted the cup on Sunday.\n\n"
                + "Ferri has become a favourite of the Gulls supporters since his arrival in July.\n\n"
                + "The modest coach shrugged off questions about his own part in the win.\n\n"
                + "\"This belongs to my players,\" he said.";
        assertEquals("Claudio Ferri", with(text, "This belongs to my players").speakerName());
    }

    @Test
    void aCapitalisedTradeOpensTheName() {
        String text = "Scooter recall\n\n"
                + "KTR Analyst Tomas Vell, who follows the scooter market, told reporters that Zentro should explain "
                + "the recall.\n\n"
                + "\"Riders deserve a straight answer,\" he said.";
        assertEquals("Tomas Vell", with(text, "Zentro should explain").speakerName());
        assertEquals("Tomas Vell", with(text, "Riders deserve a straight answer").speakerName());
    }

    @Test
    void aLaboratoryIsNoHe() {
        String text = "Probe ends\n\n"
                + "\"Twenty years of data is a gift,\" said mission scientist Linda Sporn of the agency's Harwell Orbital "
                + "Laboratory. \"We will be reading it for decades,\" he said.";
        // the text's own `he` is a slip: the laboratory is no person, and she spoke last
        assertEquals("Linda Sporn", with(text, "We will be reading it for decades").speakerName());
    }
}
