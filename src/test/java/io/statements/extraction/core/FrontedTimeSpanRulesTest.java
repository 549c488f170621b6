package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61a, rule fronted-time-span ({@link FrontedTimeAdverbials}): a span of time fronted without a comma (`Days
 * later he`, `Two weeks on she`, `Hours after the vote he`) is no subject; the pronoun or name after it is. Near-misses:
 * a span noun that is the subject (`Months of talks ...`), a span with no relative word. Invented text.
 */
class FrontedTimeSpanRulesTest {

    private static final String LEAD = "Ferry owner held\n\nThe ferry owner Bruno Kessler was detained on Monday.\n\n";

    @Test
    void aSpanWithLaterBeforeAPronounIsNoSpeaker() {
        String text = LEAD + "Days later he went on local radio, saying \"of course\" it was him who cut the safety checks.";
        assertEquals("Bruno Kessler", with(text, "of course").speakerName());
    }

    @Test
    void aCountedSpanAndOnOrAgoAreNoSpeakerEither() {
        String text = LEAD + "Two weeks on he gave an interview, calling the inquiry \"a stitch-up by my rivals.\"";
        assertEquals("Bruno Kessler", with(text, "stitch-up").speakerName());
        String years = LEAD + "Years ago he wrote a letter to the harbour board, describing the pier as \"a death trap.\"";
        assertEquals("Bruno Kessler", with(years, "death trap").speakerName());
    }

    @Test
    void aSpanBeforeAnEventLeavesTheNameAfterIt() {
        String text = LEAD + "Minutes before the hearing Kessler told the crowd that \"nothing will change here.\"";
        assertEquals("Bruno Kessler", with(text, "nothing will change").speakerName());
        String pronoun = LEAD + "Hours after the ruling he met the press, calling it \"a shameful day.\"";
        assertEquals("Bruno Kessler", with(pronoun, "shameful day").speakerName());
    }

    @Test
    void aSpanAloneOrAsTheHeadOfTheSubjectIsNotSkipped() {
        assertEquals(-1, skipped("Months of talks have failed"));
        assertEquals(-1, skipped("Days are long in the dry season"));
        assertEquals(-1, skipped("Weeks after the fire in Kestrel he said"));
    }

    /** The token the rule moves the subject to in a sentence, or -1 when it leaves the sentence as it is. */
    private static int skipped(String sentence) {
        Doc d = new Doc(sentence);
        new Tokenizer(d).tokenize();
        int end = d.toks.size() - 1;
        int start = FrontedTimeAdverbials.subjectStart(d.toks, 0, end);
        return start == 0 ? -1 : start;
    }
}
