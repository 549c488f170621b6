package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Datelines, prepositional openers, abbreviated titles and pronouns across a person of the other gender. Invented text. */
class SubjectAndPronounRulesTest {

    @Test
    void aPronounKeepsTheLastSpeakerOverAPersonOfTheOtherGenderNamedInBetween() {
        String text = "Mayor Tom Okafor said the budget was final.\n"
                + "Rosa Lind, a teacher, wrote on Facebook that the cuts would hurt pupils.\n"
                + "In her post, she recalled the strike led by Mr. Okafor's predecessor, Peter Hall, in 1998.\n"
                + "\"We have seen this before and we will see it again,\" she wrote.";
        assertEquals("Rosa Lind", with(text, "We have seen this before").speakerName());
    }

    @Test
    void aDatelineIsNotTheSubject() {
        String text = "BRIGHTWATER \u2014 The harbour master, Ilse Norby, spoke for an hour, saying the quay "
                + "\"will not survive another winter.\"";
        assertEquals("Ilse Norby", with(text, "will not survive another winter.").speakerName());
    }

    @Test
    void aPrepositionalOpenerIsNotTheSubject() {
        String text = "Amid calls for a recount, Councillor Pim Vries defended the result, saying the count "
                + "\"was checked three times.\"";
        assertEquals("Pim Vries", with(text, "was checked three times.").speakerName());
    }

    @Test
    void anAbbreviatedTitleOpensTheName() {
        String text = "Sunday at the state party dinner Sen. Maria Costa (D-Ore.) said the plan was \"a gift to polluters.\"";
        ExtractedStatement s = with(text, "a gift to polluters.");
        assertEquals("Maria Costa", s.speakerName());
        assertEquals("Sen. Maria Costa (D-Ore.)", s.speakerMention().text());
    }
}
