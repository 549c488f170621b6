package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names19: a verb a subject rule swept into a name after its head is no part of it (`A Harbour Gazette
 * poll released on Monday found that ...` → `Harbour Gazette poll`), and a lower-case verb phrase (`hearing him`) is
 * no name at all; `the rest of us` still describes people (session n51a, document-modifiers: the poll's pollster,
 * `Harbour Gazette`, as a document speaks for its issuer; was `Harbour Gazette poll`). Unit checks on {@link SpeakerNames#withoutTrailingVerb}
 * and one extraction. Invented text.
 */
class TrailingVerbNameRulesTest {

    @Test
    void aPollReleasedIsThePoll() {
        String text = "Levy vote tight\n\n"
                + "A Harbour Gazette poll released on Monday found that most islanders oppose the ferry levy.";
        assertEquals("Harbour Gazette", with(text, "most islanders oppose the ferry levy").speakerName());
    }

    @Test
    void aNamedSubjectLosesItsVerb() {
        assertEquals("Ida Holt", SpeakerNames.withoutTrailingVerb("Ida Holt helped"));
        assertEquals("court document", SpeakerNames.withoutTrailingVerb("court document filed"));
    }

    @Test
    void aVerbPhraseIsNoName() {
        assertNull(SpeakerNames.withoutTrailingVerb("hearing him"));
        assertNull(SpeakerNames.withoutTrailingVerb("let us"));
        assertNull(SpeakerNames.withoutTrailingVerb("documents he submitted"));
    }

    @Test
    void peopleDescribedKeepTheirWords() {
        assertEquals("rest of us", SpeakerNames.withoutTrailingVerb("rest of us"));
        assertEquals("Exit polling", SpeakerNames.withoutTrailingVerb("Exit polling"));
    }

    /** Session n69d, rule past-verb-after-name: any lower-case past form after a capitalised word is a verb. */
    @Test
    void aPastFormAfterACapitalisedWordIsTheVerb() {
        assertEquals("Halvorsen", SpeakerNames.withoutTrailingVerb("Halvorsen placed"));
        assertEquals("Mr. Lund", SpeakerNames.withoutTrailingVerb("Mr. Lund scrutinized"));
        assertEquals("Tarn Rovers", SpeakerNames.withoutTrailingVerb("Tarn Rovers revealed"));
        assertNull(SpeakerNames.withoutTrailingVerb("That prompted"));
    }

    @Test
    void aPastFormAfterALowerCaseWordStays() {
        assertEquals("the newly elected", SpeakerNames.withoutTrailingVerb("the newly elected"));
        assertEquals("Lena Reed", SpeakerNames.withoutTrailingVerb("Lena Reed"));
        assertEquals("Ida Holt Jr", SpeakerNames.withoutTrailingVerb("Ida Holt Jr"));
        assertEquals("Lund's repeated", SpeakerNames.withoutTrailingVerb("Lund's repeated"));
        assertEquals("speech Ann Lee delivered", SpeakerNames.withoutTrailingVerb("speech Ann Lee delivered"));
        assertEquals("everyone I interviewed", SpeakerNames.withoutTrailingVerb("everyone I interviewed"));
    }
}
