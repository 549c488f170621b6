package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n59d, rule title-then-named-speaker ({@link CataphoricTitles}): a definite title speaking first (`..., the
 * diocese spokesman said.`) whose holder the next sentence names as its speaker (`..., said Father Paolo Brandelli.`,
 * `"...," Dorel Anghel said`): that person, also for a later `the spokesman`. Near-misses: the next speaker holds
 * another title (`said Senator Elsa Brunvik`, `the site engineer Ilko Varess said`) or was named before the title
 * (someone else); `a spokesman` is someone unnamed. Invented text.
 */
class TitleThenNamedSpeakerRulesTest {

    private static final String TEXT = "Retired bishop will not take part in vote\n\n"
            + "The retired bishop will play no part in choosing his successor, the diocese spokesman said on Thursday.\n\n"
            + "The new bishop would have the quiet support of a man who knows the office, said Father Paolo Brandelli.\n\n"
            + "\"He will say nothing at all about the vote,\" the spokesman said.";

    private static final String PARTY = "Detained opposition leader is well, party says\n\n"
            + "Mara Tolvan has not been seen since Monday, yet her movement's senior spokesperson said on Tuesday"
            + " that she was being held at her home.\n\n"
            + "\"She is reading and walking in the garden every day,\" Dorel Anghel said on Tuesday.";

    private static final String TITLED = "Minister defends harbour tax\n\n"
            + "The harbour tax will stay until the new quay is paid for, the minister said on Friday.\n\n"
            + "The levy was unfair to small fishing firms, said Senator Elsa Brunvik.\n\n"
            + "\"I have heard the fishing firms,\" the minister added.";

    private static final String DESCRIBED = "Quay repairs\n\n"
            + "\"Give us a week,\" the press officer said.\n\n"
            + "\"The pier will hold,\" the site engineer Ilko Varess said.";

    private static final String KNOWN = "Talks on the quay\n\n"
            + "Ramiro Quispel returned on Sunday.\n\n"
            + "Talks would start in March, the party spokesman said. Ramiro Quispel said he would not attend.\n\n"
            + "\"We will wait,\" the spokesman said.";

    private static final String INDEFINITE = "Talks on the quay\n\n"
            + "Talks would start in March, a party spokesman said. Ramiro Quispel said he would not attend.";

    @Test
    void theTitleIsTheNextSentencesNamedSpeaker() {
        assertEquals("Paolo Brandelli", with(TEXT, "will play no part").speakerName());
        assertEquals("Paolo Brandelli", with(TEXT, "say nothing at all").speakerName());
    }

    @Test
    void aPossessedTitleIsTheSpeakerOfTheNextQuote() {
        assertEquals("Dorel Anghel", with(PARTY, "being held at her home").speakerName());
    }

    @Test
    void aTitledNextSpeakerIsSomeoneElse() {
        assertNotEquals("Elsa Brunvik", with(TITLED, "heard the fishing firms").speakerName());
    }

    @Test
    void aNextSpeakerWithADescriptionIsSomeoneElse() {
        assertNotEquals("Ilko Varess", with(DESCRIBED, "Give us a week").speakerName());
    }

    @Test
    void aPersonNamedBeforeIsSomeoneElse() {
        assertNotEquals("Ramiro Quispel", with(KNOWN, "We will wait").speakerName());
        assertNotEquals("Ramiro Quispel", with(INDEFINITE, "start in March").speakerName());
    }
}
