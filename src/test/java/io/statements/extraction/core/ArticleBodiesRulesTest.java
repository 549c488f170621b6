package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n56a, rule article-body-of: capitalised words after an article, then `of` or `for` and a capitalised word,
 * are one body's name (`The Kelby Chamber of Commerce`, `the Ferry Workers of Ostmark`), not a person `Kelby Chamber`.
 * Near-misses: a person of a club, a titled person of a trust, an office of a place after an article. Invented text.
 */
class ArticleBodiesRulesTest {

    private static final String STRIKE = "Ferry strike enters third week\n\n"
            + "The Kelby Chamber of Commerce has warned that the strike is costing shops \"a fortune every day\".\n\n"
            + "The Ferry Workers of Ostmark, the larger of two unions, said the offer was \"nowhere near enough\".\n\n"
            + "Pia Sand of the Kelby Sailing Club said the harbour was \"eerily quiet\".\n\n"
            + "The Rev. Olaf Dunn of the Kelby Seamen's Trust said the chapel would feed \"any striker who asks\".\n\n"
            + "The Mayor of Kelby, Ruth Ahl, said talks would \"resume on Monday\".";

    @Test
    void aBodyAfterAnArticleKeepsItsOf() {
        assertEquals("Kelby Chamber of Commerce", with(STRIKE, "a fortune every day").speakerName());
        assertEquals("Ferry Workers of Ostmark", with(STRIKE, "nowhere near enough").speakerName());
    }

    @Test
    void aPersonOfAClubIsThePerson() {
        assertEquals("Pia Sand", with(STRIKE, "eerily quiet").speakerName());
        assertEquals("Olaf Dunn", with(STRIKE, "any striker who asks").speakerName());
    }

    @Test
    void anOfficeOfAPlaceIsItsHolder() {
        assertEquals("Ruth Ahl", with(STRIKE, "resume on Monday").speakerName());
    }
}
