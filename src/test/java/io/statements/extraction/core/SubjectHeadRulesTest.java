package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction6: where a subject starts: the article before an age or a number, a demonstrative opening the
 * sentence, a relative clause after a spaced hyphen, a name that looks like a modal. Invented text.
 */
class SubjectHeadRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "The 52-year-old former harbour master, who led the strike in June after the storm, thinks the port "
            + "should be \"run by the workers.\"\n\n"
            + "That letter, on harbour board letterhead, demanded that the mayor issue \"a full public apology.\"\n\n"
            + "Council leader Ruth Amsel - who previously said she would \"never sell the port\" - said on Monday "
            + "that the sale was \"off for good.\"\n\n"
            + "Will described the mayor as \"a caricature of a leader.\"";

    @Test
    void theArticleBeforeAnAgeStartsTheSubject() {
        assertEquals("The 52-year-old former harbour master, who led the strike in June after the storm",
                with(TEXT, "run by the workers").speakerMention().text());
    }

    @Test
    void aDemonstrativeOpeningTheSentenceStartsTheSubject() {
        assertEquals("That letter, on harbour board letterhead",
                with(TEXT, "a full public apology").speakerMention().text());
    }

    @Test
    void aRelativeClauseAfterASpacedHyphenResolvesToTheNameBefore() {
        ExtractedStatement s = with(TEXT, "never sell the port");
        assertEquals("who", s.speakerMention().text());
        assertEquals("Ruth Amsel", s.speakerName());
        assertEquals("Ruth Amsel", with(TEXT, "off for good").speakerName());
    }

    @Test
    void aCapitalisedModalBeforeAnInflectedVerbIsAName() {
        assertEquals("Will", with(TEXT, "a caricature of a leader").speakerMention().text());
    }
}
