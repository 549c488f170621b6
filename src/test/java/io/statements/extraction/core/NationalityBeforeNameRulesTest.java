package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49b, rule nationality-before-name ({@link Demonyms#adjective}, {@link NameDescriptors}): a nationality
 * adjective before a full name (`Canadian Dana Belcourt`, `Bolivian Ines Caraza`), any capitalised word after
 * `fellow` before a full name (`fellow Veldish Tano Mirak`) and a trade opening a sentence (`Mediator Odo Farris`)
 * are no part of the name; a first name that looks like one (`Christian`) and a name of two words after `fellow`
 * stay. Invented text.
 */
class NationalityBeforeNameRulesTest {

    private static final String TEXT = "Sprinters share the spoils\n\n"
            + "\"Nobody ran the time they wanted,\" Canadian Dana Belcourt said.\n\n"
            + "\"The track was slow tonight,\" Bolivian Ines Caraza said.\n\n"
            + "\"She was the fastest all week,\" fellow Veldish Tano Mirak told reporters.\n\n"
            + "\"There is a deal to be had,\" Mediator Odo Farris said.\n\n"
            + "\"I run for my town,\" Christian Obrado Mensk said.\n\n"
            + "\"We train together,\" fellow Ruta Selk said.\n\n"
            + "\"The wind turned on the last lap,\" Irish Cathal Brennock said.\n\n"
            + "\"I mean to return next season,\" Ivorian Awa Tiemoko said.\n";

    @Test
    void aNationalityOfTheListBeforeAFullName() {
        assertEquals("Dana Belcourt", with(TEXT, "Nobody ran the time").speakerName());
    }

    @Test
    void aNationalityMadeFromACountrysName() {
        assertEquals("Ines Caraza", with(TEXT, "The track was slow").speakerName());
        assertEquals(true, Demonyms.adjective("jamaican"));
        assertEquals(true, Demonyms.adjective("italian"));
        assertEquals(true, Demonyms.adjective("japanese"));
        assertEquals(true, Demonyms.adjective("polish"));
        assertEquals(false, Demonyms.adjective("christian"));
        assertEquals(false, Demonyms.adjective("dane"));
    }

    @Test
    void aNationalityNoCountrysNameBeginsWith() {
        assertEquals("Cathal Brennock", with(TEXT, "The wind turned").speakerName());
        assertEquals("Awa Tiemoko", with(TEXT, "I mean to return").speakerName());
        assertEquals(true, Demonyms.adjective("british"));
        assertEquals(true, Demonyms.adjective("dutch"));
        assertEquals(true, Demonyms.adjective("swiss"));
        assertEquals(false, Demonyms.adjective("scot"));
    }

    @Test
    void aWordAfterFellowBeforeAFullName() {
        assertEquals("Tano Mirak", with(TEXT, "She was the fastest").speakerName());
    }

    @Test
    void aTradeOpeningTheSentence() {
        assertEquals("Odo Farris", with(TEXT, "There is a deal").speakerName());
    }

    @Test
    void aFirstNameAndATwoWordNameStay() {
        assertEquals("Christian Obrado Mensk", with(TEXT, "I run for my town").speakerName());
        assertEquals("Ruta Selk", with(TEXT, "We train together").speakerName());
    }
}
