package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n61a: `he` or `she` resolves to a person, never to a body the rules had read as a person. Rules
 * place-named-body ({@link PlaceNamedBodies}: `Sri Lanka Rowing`, `New Zealand Weekly Courier` are bodies, `Sri Lanka`
 * a place; the honorific `Sri` is not stripped from them) and as-role-preposition ({@link VerbSubjects}: `as NRB
 * president asking` is no clause whose subject is `NRB`). Near-misses: a title after the place (`New Zealand Prime
 * Minister X`), `as` opening a clause. Invented text.
 */
class PersonalPronounAntecedentRulesTest {

    @Test
    void aBodyNamedAfterATwoWordPlaceIsNoPerson() {
        String text = "Paper fined\n\nThe daily was fined for reprinting a New Zealand Weekly Courier story which said "
                + "the courts were not free.\n\nIn that story, league secretary Tavita Moe, 51, took up the legal troubles "
                + "of island football.\n\n"
                + "\"There are no real judges there,\" he said.";
        assertEquals("Tavita Moe", with(text, "no real judges").speakerName());
    }

    @Test
    void thePlaceKeepsItsFirstWord() {
        String text = "Rowing\n\nThe board of Sri Lanka Rowing was sacked on Monday. Critics cheered in Sri Lanka.\n\n"
                + "\"Sri Lanka Rowing is a byword for waste,\" he said.";
        String name = with(text, "byword for waste").speakerName();
        assertNotEquals("Lanka Rowing", name);
        assertNotEquals("Lanka", name);
    }

    @Test
    void aTitleAfterThePlaceStillDescribesThePerson() {
        String text = "Visit\n\nNew Zealand Prime Minister Ana Rewi said the visit was \"long overdue.\"";
        assertEquals("Ana Rewi", with(text, "long overdue").speakerName());
    }

    @Test
    void asBeforeARoleIsAPrepositionNotAClause() {
        String text = "Hearing\n\nJudge Lena Ortiz heard the case on Monday.\n\n"
                + "She questioned Venkat's record as NRB president asking, \"Why is he still in the post after all this?\"";
        assertEquals("Lena Ortiz", with(text, "Why is he still in the post").speakerName());
    }

    @Test
    void asOpeningAClauseKeepsItsSubject() {
        String text = "Hearing\n\nJudge Lena Ortiz heard the case on Monday.\n\n"
                + "The hall fell silent as Tomas Venkat stood up calling the case \"a farce from start to end.\"";
        assertEquals("Tomas Venkat", with(text, "a farce").speakerName());
    }
}
