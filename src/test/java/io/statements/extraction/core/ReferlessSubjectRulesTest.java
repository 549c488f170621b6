package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: a cue-less quote whose sentence subject names nobody (`That makes her "..."`, `It's "..."`, a
 * gerund `Doing so "..."`) right after an attributed sentence of the same paragraph goes on with that speaker; the
 * speaker was `That`, `It's`, `Doing`. Invented text.
 */
class ReferlessSubjectRulesTest {

    @Test
    void aGerundSubjectGoesOnWithTheSpeakerBefore() {
        ExtractedStatement s = with("Port news.\n\nBerg said she was upset with the board for declaring the vote over before "
                + "the count. Doing so \"looked like a bid at poisoning the vote.\"", "poisoning the vote");
        assertEquals("Berg", s.speakerMention().text(), s.toString());
    }

    @Test
    void aDemonstrativeSubjectGoesOnWithTheQuoteBefore() {
        ExtractedStatement s = with("Port news.\n\n\"She still has the friends she had at school,\" Tom Reyes has said. "
                + "That makes her \"plainly a reliable person.\"", "reliable person");
        assertEquals("Tom Reyes", s.speakerName(), s.toString());
    }

    @Test
    void aNamedSubjectStaysTheSpeaker() {
        ExtractedStatement s = with("Port news.\n\n\"The fees are too high,\" Tom Reyes said. Ida Berg has called the "
                + "levy \"a quiet tax on every boat.\"", "quiet tax");
        assertEquals("Ida Berg", s.speakerMention().text(), s.toString());
    }
}
