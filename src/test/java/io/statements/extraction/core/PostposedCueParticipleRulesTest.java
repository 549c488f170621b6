package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: a participle right after a postposed verb of saying (`CLAUSE, Ida Berg said, adding, "..."`)
 * continues that verb, so its speaker is the postposed subject, not the subject opening the reported clause (was
 * `Reyes`). Invented text.
 */
class PostposedCueParticipleRulesTest {

    @Test
    void addingAfterAPostposedSaidIsThatSpeakers() {
        ExtractedStatement s = with("Port news.\n\nReyes did not stay but left as soon as the vote was finished, Ida "
                + "Berg said, adding, \"He had little patience.\"", "little patience");
        assertEquals("Ida Berg", s.speakerMention().text(), s.toString());
    }

    @Test
    void coordinatedNamesOpeningTheClauseAreNotTheSpeaker() {
        ExtractedStatement s = with("Port news.\n\nReyes and Holt will meet sometime next week, Ida Berg said, adding, "
                + "\"They have to meet face to face.\"", "meet face to face");
        assertEquals("Ida Berg", s.speakerName(), s.toString());
    }

    @Test
    void adverbialsAfterThePostposedVerbAreSkipped() {
        ExtractedStatement s = with("Port news.\n\nThe board's \"excesses\" are sickening, Holt said Tuesday in "
                + "Eastbrook, noting the chairman \"makes you want to leave.\"", "makes you want to leave");
        assertEquals("Holt", s.speakerMention().text(), s.toString());
    }
}
