package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n59a, rule epithet-introduced-person ({@link EpithetTopics}): a sentence introduces a person by full name
 * for the first time, and the next quote gives its speaker by an epithet no list holds (`said the gallery curator`,
 * `the retired boatbuilder said`): the person introduced, when that sentence's subject is no other person the text knows.
 * Near-misses: the sentence's subject is the story's person (the epithet is theirs), two people introduced at once,
 * an epithet of the other gender. Invented text.
 */
class EpithetIntroducedRulesTest {

    @Test
    void theEpithetIsThePersonTheSentenceBeforeIntroduced() {
        String text = "Prize for coastal poet\n\n"
                + "The poet Maren Sollik won the Lantern prize on Thursday.\n\n"
                + "\"I will go back to my desk,\" Sollik said.\n\n"
                + "Praise came from across the region, even from a reader like Tove Arnesen, who cried at the news.\n\n"
                + "\"I first read her poems on a ferry and could not stop,\" said the gallery curator.";
        assertEquals("Tove Arnesen", with(text, "I first read her poems").speakerName());
    }

    @Test
    void aQuoteOfSeveralSentencesStillLooksPastItself() {
        String text = "Bridge closes for a year\n\n"
                + "Engineers closed the Carrow footbridge on Monday. Among those who crossed it last was Piet Olander.\n\n"
                + "\"I have walked over it every day for forty years. I will miss it,\" the retired boatbuilder said.";
        assertEquals("Piet Olander", with(text, "I will miss it").speakerName());
    }

    @Test
    void theSubjectOfTheSentenceBeforeKeepsTheEpithet() {
        String text = "Medal for novelist\n\n"
                + "The novelist Ada Sollberg won the Harrow medal on Friday.\n\n"
                + "Sollberg thanked her first editor, Piet Moran, in a short speech.\n\n"
                + "\"Without him I would have stopped after one book,\" the veteran novelist said.";
        assertEquals("Ada Sollberg", with(text, "Without him I would have stopped").speakerName());
    }

    @Test
    void twoPeopleIntroducedAtOnceLeaveTheEpithet() {
        String text = "Market reopens\n\n"
                + "The fish market reopened on Monday, and traders such as Ilse Varga and Tomas Brenner were back at dawn.\n\n"
                + "\"It felt like the first day of school,\" said the veteran fishmonger.";
        assertEquals("veteran fishmonger", with(text, "It felt like the first day").speakerName());
    }

    @Test
    void anEpithetOfTheOtherGenderIsNotThePersonIntroduced() {
        String text = "Ferry service ends\n\n"
                + "The last ferry left Carrow on Sunday, with Mr Aldo Brenner among the passengers.\n\n"
                + "\"My mother worked on this boat,\" said the former chairwoman.";
        assertEquals("former chairwoman", with(text, "My mother worked on this boat").speakerName());
    }
}
