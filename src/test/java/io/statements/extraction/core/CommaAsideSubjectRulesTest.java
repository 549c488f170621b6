package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names38, rules aside-object-not-subject, adverb-participle-aside and bare-title-second-appositive: the
 * subject before a comma-enclosed aside is the phrase opening the clause, also when the aside holds a name after a
 * preposition and its own appositive (`X, facing a challenge in Marlow County, a swing district, said`), opens with
 * an adverb before its participle (`One message, apparently referring to ..., said`), or is a bare title with a
 * relative clause after it (`But X, acting director of the Trust, which organised ..., said`). Invented text.
 */
class CommaAsideSubjectRulesTest {

    private static final String TEXT = "Harbour vote splits the council\n\n"
            + "The council voted on Tuesday to close the old pier.\n\n"
            + "Sen. Tom Reyes, facing a tough challenge in Marlow County, a swing district, said he would back the"
            + " closure.\n\n"
            + "During the storm, Harbour Ferries also posted messages on its website. One message, apparently referring"
            + " to the closure of the pier by the council, said: \"All sailings are cancelled until further notice.\"\n\n"
            + "But Ida Marsh, acting director of the Harbour Trust, which organised the protest, said the vote was \"a"
            + " betrayal of the town.\"";

    @Test
    void aNameInsideTheAsideIsNoSubject() {
        assertEquals("Tom Reyes", with(TEXT, "he would back the closure").speakerName());
    }

    @Test
    void anAdverbMayOpenTheParticipleAside() {
        assertEquals("Harbour Ferries", with(TEXT, "All sailings are cancelled").speakerName());
    }

    @Test
    void aBareTitleWithARelativeClauseIsTheSecondAppositive() {
        assertEquals("Ida Marsh", with(TEXT, "a betrayal of the town").speakerName());
    }
}
