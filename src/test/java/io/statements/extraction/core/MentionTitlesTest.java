package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Session extraction10: the title and affiliation a mention gives its person (`MentionTitles`). Invented text. */
class MentionTitlesTest {

    private static MentionTitles.Title of(String mention, String name) {
        return MentionTitles.of(mention, name, SpeakerKind.PERSON);
    }

    @Test
    void appositivesAndTitlesBeforeTheName() {
        assertEquals(new MentionTitles.Title("spokesperson", "Harbour Board"),
                of("Ida Berg, the spokesperson for the Harbour Board", "Ida Berg"));
        assertEquals(new MentionTitles.Title("spokesperson", "Harbour Board"),
                of("Harbour Board spokesperson Tom Reyes", "Tom Reyes"));
        assertEquals(new MentionTitles.Title("press secretary", "White House"),
                of("White House press secretary, Helen Marsh", "Helen Marsh"));
        assertEquals(new MentionTitles.Title("spokesman", "Army"), of("Army spokesman Lt. Col. Jonas Berg", "Jonas Berg"));
        assertEquals(new MentionTitles.Title("Secretary of State", "U.S."),
                of("U.S. Secretary of State Ida Kestrel", "Ida Kestrel"));
        assertEquals(new MentionTitles.Title("mayor", null), of("the mayor, Anna Holt", "Anna Holt"));
        assertEquals(new MentionTitles.Title("mayor", null), of("Anna Holt, the city's mayor", "Anna Holt"));
        assertEquals(new MentionTitles.Title("mayor", null), of("the mayor", "Anna Holt"));
    }

    @Test
    void noTitleWithoutARoleOrForOthersThanPersons() {
        assertNull(of("Marta Kowalczyk, 62, who lives near the bridge", "Marta Kowalczyk"));
        assertNull(of("she", "Anna Holt"));
        assertNull(MentionTitles.of("the ministry", "Ministry of Transport", SpeakerKind.ORGANIZATION));
    }

    @Test
    void anAppositiveAfterAnInvertedSpeaker() {
        ExtractedStatement s = with("\"Quiet,\" said Lena Ortiz, director of the Port Institute at the University.",
                "Quiet");
        assertEquals("director", s.speakerTitle());
        assertEquals("Port Institute", s.speakerAffiliation());
        ExtractedStatement t = with("\"No more,\" said Marta Kowalczyk, 62, who lives near the bridge.", "No more");
        assertNull(t.speakerTitle());
    }
}
