package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session names16: `the candidate`, `the Democratic mayoral candidate`, `the lawmaker` with nobody given that title
 * is the person the text was just about (the last speaker, else the subject of the sentence before), when that
 * person is named in full and more than once; not a commentator named once, not a woman for `the businessman`, and
 * `the judge` stays a title. Invented text.
 */
class DefiniteDescriptionRulesTest {

    private static final String RACE = "Quill attacks Lamb over toll plan\n\n"
            + "Nora Quill has a word for Victor Lamb's plan to double the harbour tolls: No.\n\n"
            + "The Democratic mayoral candidate attacked Lamb's call for a \"toll rise\" on Wednesday, calling it"
            + " \"reckless.\"\n\n"
            + "\"I think a fair toll is in everyone's interest,\" Lamb told the Harbour Times. \"I don't know one"
            + " trader who wants the docks to close,\" the candidate said.\n\n"
            + "\"It was offensive,\" said Ari Dove, a shipping agent.\n\n"
            + "The businessman has insisted that \"the numbers will speak for themselves.\"\n\n"
            + "The judge said the plan was \"lawful but unwise.\"";

    private static final String LAWMAKER = "Lawmaker wants ban on fishing fleet\n\n"
            + "A lawmaker in the islands is calling for the northern fleet to be banned from the bay.\n\n"
            + "\"There is no basis for the wholesale closing of our waters,\" Joey Marsh said in a bill filed on"
            + " Monday.\n\n"
            + "Marsh, citing data from the fisheries office, said that catches had halved. The lawmaker, who"
            + " represents a district in the south, said the fleet's conduct \"has shamed the whole coast.\"";

    private static final String WOMAN = "Port vote\n\n"
            + "Victor Lamb and Sarah Quill met on Monday. Sarah Quill spoke first.\n\n"
            + "\"We will not wait,\" Quill said.\n\n"
            + "The businessman replied that the board would \"take its time.\"";

    @Test
    void aDescriptionOpeningTheNextSentenceIsItsSubject() {
        assertEquals("Nora Quill", with(RACE, "toll rise").speakerName());
    }

    @Test
    void aDescriptionAfterAQuoteIsTheLastSpeaker() {
        assertEquals("Victor Lamb", with(RACE, "trader who wants the docks").speakerName());
    }

    @Test
    void aPersonNounOutsideTheTitlesIsTheLastSpeaker() {
        assertEquals("Joey Marsh", with(LAWMAKER, "has shamed the whole coast").speakerName());
    }

    @Test
    void aCommentatorNamedOnceIsNoAntecedent() {
        assertNotEquals("Ari Dove", with(RACE, "the numbers will speak").speakerName());
    }

    @Test
    void aJudgeStaysATitle() {
        assertEquals("judge", with(RACE, "lawful but unwise").speakerName());
    }

    @Test
    void theBusinessmanIsNotTheWomanQuotedLast() {
        assertNotEquals("Sarah Quill", with(WOMAN, "take its time").speakerName());
    }
}
