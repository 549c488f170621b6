package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n63c, rule possessive-inside-name ({@link PossessiveNameWords}): a saint's, a generic noun's or a place's
 * possessive inside a body's name (`St Brigid's Hospital`, `the People's Alliance Party`, `Mercer's Bay District
 * Council`) stays in the name; an owner's possessive before a body (`Ostland's Green Party`) and a title after a
 * generic possessive (`Children's Commissioner`) do not. Invented text.
 */
class PossessiveNameWordRulesTest {

    @Test
    void aSaintsHospitalKeepsItsName() {
        String text = "Ward closed\n\n"
                + "A ward at St Brigid's Hospital was closed on Monday after a leak in Tarrow.\n\n"
                + "\"Patients have been moved,\" the hospital said.";
        assertEquals("St Brigid's Hospital", with(text, "Patients have been moved").speakerName());
    }

    @Test
    void aPlaceNamedAsSomeonesBayKeepsItsCouncil() {
        String text = "River mouth blocked\n\n"
                + "Mercer's Bay District Council closed the river mouth on Friday.\n\n"
                + "\"The gravel bar will be cut next week,\" the council said.";
        assertEquals("Mercer's Bay District Council", with(text, "The gravel bar will be cut").speakerName());
    }

    @Test
    void aGenericNounsPartyKeepsItsName() {
        String text = "Coalition talks\n\n"
                + "The People's Alliance Party walked out of coalition talks in Vessen on Monday.\n\n"
                + "\"The offer was an insult,\" the party said.";
        assertEquals("People's Alliance Party", with(text, "The offer was an insult").speakerName());
    }

    @Test
    void aCountrysPartyIsThePartyAlone() {
        String text = "Coalition talks\n\n"
                + "Ostland's Green Party walked out of coalition talks on Monday.\n\n"
                + "\"The offer was an insult,\" the party said.";
        assertEquals("Green Party", with(text, "The offer was an insult").speakerName());
    }

    @Test
    void aTitleAfterAGenericPossessiveIsAPerson() {
        String text = "Care homes\n\n"
                + "Children's Commissioner Orla Benn visited two care homes in Tarrow on Monday.\n\n"
                + "\"The rooms were cold,\" Benn said.";
        assertEquals("Orla Benn", with(text, "The rooms were cold").speakerName());
    }
}
