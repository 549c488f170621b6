package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names17: titles held by one person known by one name (`Pope Leo`, `King Harald`, `Sheikh Tamim`) and clergy
 * titles (`Cardinal Ruiz Mendes`, `the rabbi`) are roles like `the mayor`: `the pope told reporters` is the person the
 * article gave the title to (was the title itself, kind GROUP), also as `the pontiff`; the one-word name after such a
 * title is that person's name. Invented text.
 */
class MononymTitleRulesTest {

    private static final String TEXT = "Bishop visits harbour\n\n"
            + "DUNMORE - Ida Berg met privately with Pope Leo on Saturday, the end of a long tour of the coast.\n\n"
            + "\"I greeted her and nothing more. This is simply good manners,\" the pope told reporters on the plane.\n\n"
            + "Berg said later that the meeting \"was about the poor, not about politics at all.\"\n\n"
            + "\"We spoke of the fishermen and their families,\" the pontiff said on Sunday.\n\n"
            + "Cardinal Ruiz Mendes had arranged the meeting. \"It was a quiet meeting of two old friends,\" the"
            + " cardinal said.";

    @Test
    void thePopeIsThePersonGivenTheTitle() {
        ExtractedStatement s = with(TEXT, "simply good manners");
        assertEquals("Leo", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
    }

    @Test
    void thePontiffIsThePope() {
        assertEquals("Leo", with(TEXT, "fishermen").speakerName());
    }

    @Test
    void theCardinalIsTheCardinalNamed() {
        assertEquals("Ruiz Mendes", with(TEXT, "two old friends").speakerName());
    }
}
