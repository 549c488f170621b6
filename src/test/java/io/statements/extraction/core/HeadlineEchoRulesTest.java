package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n51e, rule headline-echo ({@link HeadlineEchoes}): a headline or deck quote given to a description
 * (`passenger says`, `Union spokesman says "..."`) is the person the body names with the same quoted words. No echo,
 * a reported clause, or a named headline speaker: unchanged. Invented text.
 */
class HeadlineEchoRulesTest {

    private static String first(String text, String words) {
        for (ExtractedStatement s : all(text)) {
            if (s.text().contains(words)) {
                return s.speakerName();
            }
        }
        return "no statement";
    }

    @Test
    void aDeckQuoteTheBodyRepeatsWithAName() {
        String text = "Ferry fire leaves dozens injured\n\n"
                + "Crew fought the blaze; 'We could not see our own hands,' passenger says.\n\n"
                + "A fire broke out on the ferry Marisol on Sunday, the coastguard said.\n\n"
                + "\"We could not see our own hands, so we held on to the rail,\" said Teodora Lindqvist, who was "
                + "travelling to her sister's wedding.\n";
        assertEquals("Teodora Lindqvist", first(text, "We could not see our own hands"));
    }

    @Test
    void aDeckQuoteWithFewerWordsInTheBody() {
        String text = "Dockers walk out at Harwell\n\n"
                + "Union spokesman says \"every crane in the port will stop\", as talks fail.\n\n"
                + "Dockers at Harwell began a strike on Monday after pay talks failed.\n\n"
                + "Piet Olander, who speaks for the dockers' union, said \"every crane in the port will stop until "
                + "the offer changes\".\n";
        assertEquals("Piet Olander", first(text, "every crane in the port will stop"));
    }

    @Test
    void noEchoInTheBody() {
        String text = "Harbour reopens\n\n"
                + "'The channel is clear,' pilot says.\n\n"
                + "The port reopened on Monday.\n\n"
                + "\"We lost two days of trade,\" said Mara Esk, who runs a fish stall.\n";
        assertEquals("pilot", first(text, "The channel is clear"));
    }
}
