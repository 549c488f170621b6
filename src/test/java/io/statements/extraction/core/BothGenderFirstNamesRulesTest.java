package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule both-gender-first-names (session n60b): a first name men and women both bear (`Andrea`, `Jean`, `Kelly`,
 * `Jordan`) gives no gender, so `he` after `Kelly Brannagh` may be him; a one-gender name still decides. Rule
 * pronoun-gender-unknown-near: `she` after a man is the person of unknown gender named once in the paragraph before
 * (`Jordan Pellow`). Invented text.
 */
class BothGenderFirstNamesRulesTest {

    @Test
    void heMayBeKelly() {
        String text = "Rail operator apologises\n\n"
                + "The transport secretary, Ruth Oyelaran, said she had summoned the company's board.\n\n"
                + "Chief executive Kelly Brannagh, in a message to staff, said his managers had been let down.\n\n"
                + "\"We got this badly wrong and we will put it right,\" he said.";
        assertEquals("Kelly Brannagh", with(text, "We got this badly wrong").speakerName());
    }

    @Test
    void sheMayBeJordan() {
        String text = "Library reopens\n\n"
                + "Head librarian Jordan Pellow thanked the volunteers. Councillor Adam Roskell cut the ribbon.\n\n"
                + "\"Every book on these shelves was carried here by a neighbour,\" she said.";
        assertEquals("Jordan Pellow", with(text, "Every book on these shelves").speakerName());
    }

    @Test
    void oneGenderNamesStillDecide() {
        String text = "Tolls rise\n\n"
                + "The trust's chair, Patricia Olawale, announced the rise. Its engineer, Thomas Brecken, set out "
                + "the repairs.\n\n"
                + "\"Nobody likes paying more, but the cables will not mend themselves,\" she said.";
        assertEquals("Patricia Olawale", with(text, "Nobody likes paying more").speakerName());
    }

    @Test
    void bothGenderNamesAreStillFirstNames() {
        assertEquals(null, PersonGenders.ofFirstName("andrea"));
        assertEquals(Character.valueOf('F'), PersonGenders.ofFirstName("patricia"));
        assertEquals(true, PersonGenders.isFirstName("kelly"));
    }
}
