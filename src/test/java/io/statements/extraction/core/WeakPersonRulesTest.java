package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49a, rule he-she-weak-one-word ({@link WeakPersons}): `he`/`she` pass over a numbered craft, a word of a
 * parenthesised gloss and a one-word name the text never gives as a person's (an outlet in a `reports the X`
 * aside, a city before `city`) when a person named in full is in reach; rule person-from-organisation
 * ({@link AppositiveSubjects}): `X from the Y Party, mayor of Z, said` is X's.
 */
class WeakPersonRulesTest {

    @Test
    void aCraftWithANumberIsNoOne() {
        String text = "The agency's chairman Ravi Montek said the Heron-2 probe was sound.\n\n"
                + "According to Montek, Heron-2 touched down softly as it met most of its targets. "
                + "\"This tells us the probe is healthy,\" he said.";
        assertEquals("Ravi Montek", with(text, "probe is healthy").speakerName());
    }

    @Test
    void aGlossOfTheQuoteIsNoOne() {
        String text = "Calm and defiant, Anton Brasko has been sentenced to life for ordering the raids.\n\n"
                + "\"Slava narodu!\" (Glory to the People) and \"Shame on the court!\", he shouted at the bench.";
        assertEquals("Anton Brasko", with(text, "Shame on the court").speakerName());
    }

    @Test
    void anOutletInAReportsAsideIsNoOne() {
        String text = "Head of the Lindqvist Society, Marta Oyelaran, said she trusted the Society would "
                + "escape blame for its pick, reports the Beacon. \"He has earned every word of it,\" she said.";
        assertEquals("Marta Oyelaran", with(text, "earned every word").speakerName());
    }

    @Test
    void thePersonFromAPartyWithATitleSpeaks() {
        String text = "Dario Velkov from the Harbour Party, mayor of Olsby city to the west of the capital, said, "
                + "\"Today the courts have listened.\"\n\n\"The old ways are finished,\" he added.";
        assertEquals("Dario Velkov", with(text, "courts have listened").speakerName());
        assertEquals("Dario Velkov", with(text, "old ways are finished").speakerName());
    }

    @Test
    void aSurnameTheTextMakesASubjectStaysAPerson() {
        String text = "Mayor Lena Sorvik opened the new bridge on Friday.\n\n"
                + "A newly elected Tamberlo promised a review of the tolls. In his first speech, he said "
                + "the tolls would fall by half.";
        assertEquals("Tamberlo", with(text, "tolls would fall").speakerName());
    }

    @Test
    void aOneWordNameAloneIsStillTheAntecedent() {
        String text = "Kovalen spoke to the crowd in the square. \"We will rebuild the harbour,\" he said.";
        assertEquals("Kovalen", with(text, "rebuild the harbour").speakerName());
    }
}
