package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n76a, rule possible-speaker ({@link PossibleSpeakers}): a description whose head noun names no person,
 * group, body or document (`The challenge`, `a move`, `the news`) is no speaker; the quote keeps its mention without
 * a name, or goes to the next sieve. Proper names, people, bodies and documents are never judged. Invented text.
 */
class PossibleSpeakerRulesTest {

    private static final String TEXT = "Bakery changes hands\n\n"
            + "The Mill Lane bakery was sold on Friday to a pair of young bakers from Lisker.\n\n"
            + "The challenge for the new owners is \"to win back every customer the old place lost over the years.\"\n\n"
            + "\"We start baking at four tomorrow,\" said co-owner Nina Roos.";

    @Test
    void anAbstractSubjectNamesNoSpeaker() {
        assertNull(with(TEXT, "to win back every customer").speakerName());
    }

    @Test
    void theNamedSpeakerStays() {
        assertEquals("Nina Roos", with(TEXT, "We start baking").speakerName());
    }

    @Test
    void headsThatCannotSpeak() {
        for (String name : new String[] {"challenge", "move", "news", "conclusion", "interview shortly", "part",
            "second paragraph", "flames blew out"}) {
            assertTrue(PossibleSpeakers.cannotSpeak(speaker(name)), name);
        }
    }

    @Test
    void peopleBodiesAndDocumentsCanSpeak() {
        for (String name : new String[] {"protesters", "former mayor", "ministry", "statement", "one", "someone",
            "hospital officials", "45-year-old", "jury", "da Silva", "state Commissioner for Health", "gunman",
            "Thiruvananthapuram", "results", "ads"}) {
            assertFalse(PossibleSpeakers.cannotSpeak(speaker(name)), name);
        }
    }

    private static Speaker speaker(String name) {
        return new Speaker(0, name.length(), name, name, SpeakerKind.PERSON, null);
    }
}
