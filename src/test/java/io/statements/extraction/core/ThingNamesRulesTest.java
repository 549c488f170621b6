package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session lead48. Rule article-before-name: a capitalised run after `the` (`the Foxes faithful`, `the recall of the
 * Galaxy Phone`) names a team or a thing, never the `he` of the next quote. Rule trade-inside-name: a capitalised
 * trade inside a run (`IDC Researcher Ramon Llamas`) opens the person's name as a title does (the name was the whole
 * run, typed an organisation for `IDC`). `Laboratory`, `Observatory` are organisations' words. Invented text.
 */
class ThingNamesRulesTest {

    @Test
    void aTeamAfterTheIsNoHe() {
        String text = "Dunmere win the title\n\n"
                + "Dunmere manager Claudio Ferri hailed his side as the 5000/1 outsiders were crowned champions.\n\n"
                + "Ferri quickly won over the hearts of the Foxes faithful with his kind manner.\n\n"
                + "But the ever-humble boss passed on the personal plaudits.\n\n"
                + "\"I'm so proud of my players,\" he said.";
        assertEquals("Claudio Ferri", with(text, "I'm so proud of my players").speakerName());
    }

    @Test
    void aCapitalisedTradeOpensTheName() {
        String text = "Phone recall\n\n"
                + "IDC Researcher Ramon Llamas, who tracks mobile devices, told reporters that Zentro needs to explain "
                + "the recall.\n\n"
                + "\"The ball is in Zentro's court,\" he said.";
        assertEquals("Ramon Llamas", with(text, "Zentro needs to explain").speakerName());
        assertEquals("Ramon Llamas", with(text, "The ball is in").speakerName());
    }

    @Test
    void aLaboratoryIsNoHe() {
        String text = "Probe ends\n\n"
                + "\"We've had an amazing run,\" said project scientist Lin Sporn of the agency's Jet Propulsion "
                + "Laboratory. \"In 2004, we arrived,\" he said.";
        assertEquals("Lin Sporn", with(text, "In 2004, we arrived").speakerName());
    }
}
