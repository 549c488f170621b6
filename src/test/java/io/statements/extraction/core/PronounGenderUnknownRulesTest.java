package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names26, rule pronoun-gender-unknown: a `she` whose last speaker is a man, with no woman named by a first
 * name the lists know, is the last person of unknown gender the story names twice, not the man. Invented text.
 */
class PronounGenderUnknownRulesTest {

    @Test
    void sheIsNotTheManWhoSpokeLast() {
        String text = "Mayor talks to anchor Zelda Morrow about the port.\n\n"
                + "HARWICK (AP) - Months after he mocked her on the radio, Mayor Tom Dale tells television anchor"
                + " Zelda Morrow that people who are mocked \"must shrug it off\" and hit back.\n\n"
                + "\"People are mocked when they are 55,\" Dale said. Morrow answered with a smile: \"It can happen"
                + " when you are 45.\"\n\n"
                + "Dale took offense when Morrow met him at a debate last year. He later said her tone was rude and"
                + " called her \"third-rate\" on the radio.\n\n"
                + "In the clip aired so far, the pair left the radio show aside. She told a morning show on"
                + " Monday that the interview was calm.\n";
        assertEquals("Zelda Morrow", with(text, "interview was calm").speakerName());
        assertEquals("Tom Dale", with(text, "third-rate").speakerName());
    }

    /**
     * Session names26, first names: `jeff` (and other common short forms) is a man's, `megyn` a woman's; `angela` had
     * been in both lists, so of neither gender.
     */
    @Test
    void commonShortFirstNamesHaveAGender() {
        String text = "Harbour news\n\n"
                + "Megyn Holt met the council on Monday. Rep. Jeff Dorn said members should be \"closely"
                + " coordinated\" this year. \"We will not wait for the port board any longer,\" she said.\n";
        assertEquals("Megyn Holt", with(text, "port board any longer").speakerName());
    }
}
