package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction8: a quote inside a sentence without a cue (`SentenceSubjectSieve`): its content is the phrase
 * around it, and a report closing the sentence before names its speaker. Invented text, BMP only.
 */
class CuelessQuoteRulesTest {

    private static final String TEXT = "Harbour plans\n\n"
            + "The new rules turn the old harbour into \"a parking lot for the very rich.\"\n\n"
            + "The mayor returned from the capital on Friday, with a plan for \"a harbour that works for everyone.\"\n\n"
            + "Mia Lund studies rumours at the port. Fear spreads faster than facts, she said. Good facts can still "
            + "win, but mostly when \"the truth is the better story.\"\n\n"
            + "Fear spreads faster than facts. The old guard can still win, but mostly when \"the lie is the better "
            + "story.\"";

    private static String content(ExtractedStatement s) {
        return TEXT.substring(s.content().start(), s.content().end());
    }

    @Test
    void theContentIsThePhraseAroundTheQuoteAfterTheSubjectOrTheLastComma() {
        ExtractedStatement s = with(TEXT, "parking lot");
        assertEquals("sentence-subject", s.sieve());
        assertEquals("turn the old harbour into \"a parking lot for the very rich.\"", content(s));
        assertEquals("a parking lot for the very rich.", s.text());
        assertEquals("with a plan for \"a harbour that works for everyone.\"", content(with(TEXT, "works for everyone")));
    }

    @Test
    void aReportClosingTheSentenceBeforeNamesTheSpeakerElseTheSubject() {
        ExtractedStatement s = with(TEXT, "the truth is");
        assertEquals("sentence-subject", s.sieve());
        assertEquals("she", s.speakerMention().text());
        assertEquals("Mia Lund", s.speakerName());
        assertEquals("The old guard", with(TEXT, "the lie is").speakerMention().text());
    }
}
