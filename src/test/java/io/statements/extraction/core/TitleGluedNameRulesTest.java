package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61a: a title written before a person's name stays out of the name. Rules rank-and-office-titles
 * ({@link TitleWords}: `Undersecretary Dr. X`, `Associate Justice X`, `Cpl. X`, `Coroner X`), title-qualifier-parenthesis
 * ({@link ParenthesisedTitles}: `General Manager (Integrity) X`) and titled-initials ({@link PersonInitials}: `Justice
 * AK Verma`). Near-misses: a bracket after a name, capitals without a title before them. Invented text.
 */
class TitleGluedNameRulesTest {

    @Test
    void civilServiceMilitaryAndPoliceTitlesAreStripped() {
        String text = "Floods\n\nUndersecretary Dr. Mirela Santos of the Weather Bureau said the rain was \"unusual.\"\n\n"
                + "\"It flattened the whole valley,\" Santos said.\n\n"
                + "\"We pulled six people out,\" said Cpl. Dario Fenn.\n\n"
                + "Coroner Ilse Marr said the deaths were \"entirely avoidable.\"\n\n"
                + "Associate Justice Ruth Olande called the delay \"a disgrace.\"";
        assertEquals("Mirela Santos", with(text, "unusual").speakerName());
        assertEquals("Mirela Santos", with(text, "flattened the whole valley").speakerName());
        assertEquals("Dario Fenn", with(text, "six people out").speakerName());
        assertEquals("Ilse Marr", with(text, "entirely avoidable").speakerName());
        assertEquals("Ruth Olande", with(text, "a disgrace").speakerName());
    }

    @Test
    void aBracketedQualifierOfTheTitleIsNoEndOfTheName() {
        String text = "Ban\n\n\"He knew the rules and broke them twice,\" said Rowing Union General Manager (Integrity) "
                + "Colm Brady.\n\n\"He has owned up to it,\" said KRU Director (Operations) Ada Fink.";
        assertEquals("Colm Brady", with(text, "broke them twice").speakerName());
        assertEquals("Ada Fink", with(text, "owned up to it").speakerName());
    }

    @Test
    void aBracketAfterTheNameIsNotAQualifier() {
        String text = "Vote\n\nLena Park (Greens) said the bill was \"a missed chance.\"";
        assertEquals("Lena Park", with(text, "missed chance").speakerName());
    }

    @Test
    void initialsAfterATitleAreAPersonsNotABody() {
        String text = "Board\n\nWhile the remark was no order, Justice RK Verma was blunt: \"The chairman must go now.\"\n\n"
                + "\"A fair inquiry needs him gone,\" said Justice R.K. Verma.";
        ExtractedStatement first = with(text, "chairman must go");
        assertEquals("RK Verma", first.speakerName());
        assertEquals(SpeakerKind.PERSON, first.speakerKind());
        assertEquals("R.K. Verma", with(text, "fair inquiry").speakerName());
    }

    @Test
    void capitalsWithoutATitleStayAnAcronym() {
        String text = "Rowing\n\nKRU Rowing said in a statement that the ban was \"fully deserved.\"";
        assertEquals(SpeakerKind.ORGANIZATION, with(text, "fully deserved").speakerKind());
    }
}
