package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n72b, rule pronoun-not-evident-body ({@link BodyEvidenceNames}): `he`/`she` never stand for a name the text
 * writes as a body (`Kestrel Mutual customers`, `insurer Kestrel Mutual`, only `at Royal Alder`, `Under Norvale`);
 * the pronoun takes the next person. A person's name keeps its pronouns. Invented text.
 */
class BodyEvidenceNamesRulesTest {

    @Test
    void aNameModifyingItsCustomersIsNoHe() {
        String text = "Insurer Kestrel Mutual rules out paying hackers\n\n"
                + "Kestrel Mutual chief executive Ansel Vry said on Monday that the insurer would not pay the ransom.\n\n"
                + "Kestrel Mutual customers were told on Friday that their records had been taken.\n\n"
                + "\"We are reaching out to every customer whose data was taken, starting with the most vulnerable,\""
                + " he told the Harbour Courier.";
        assertEquals("Ansel Vry", with(text, "reaching out to every customer").speakerName());
    }

    @Test
    void aVenueWrittenOnlyAfterAtIsNoHe() {
        String text = "Surgeries cancelled after lab outage\n\n"
                + "Operations were cancelled at Royal Alder this week after a computer failure at the laboratory.\n\n"
                + "One patient, Tomas Reyes, 64, had been prepared for surgery at Royal Alder when he was told it"
                + " would not go ahead.\n\n"
                + "\"Nobody on the ward could tell me what had happened,\" he said.";
        assertEquals("Tomas Reyes", with(text, "Nobody on the ward").speakerName());
    }

    @Test
    void aPersonsSurnameModifyingSupportersKeepsHerPronoun() {
        String text = "Reyes rallies the coast\n\n"
                + "Anna Reyes spoke in Portmore on Sunday. Reyes supporters filled the square.\n\n"
                + "\"We will rebuild every road in this valley,\" she said.";
        assertEquals("Anna Reyes", with(text, "We will rebuild every road").speakerName());
    }

    @Test
    void aPersonNamedAfterAtStillSpeaks() {
        String text = "Storm damage mounts\n\n"
                + "Reporters shouted questions at Tomas Reyes as he left the court on Tuesday.\n\n"
                + "Tomas Reyes later spoke to the crowd outside.\n\n"
                + "\"I have done nothing wrong and I will prove it,\" he said.";
        assertEquals("Tomas Reyes", with(text, "I have done nothing wrong").speakerName());
    }

    @Test
    void aClosedClassOpenerIsNoPerson() {
        String text = "Mine plan rejected\n\n"
                + "The planning board rejected the mine on Thursday, a blow to the Norvale Gold company.\n\n"
                + "Under Norvale's plan, the pit would have run for eleven years.\n\n"
                + "\"This ruling means the project cannot go ahead,\" he said.";
        assertNotEquals("Under Norvale", with(text, "This ruling means").speakerName());
    }
}
