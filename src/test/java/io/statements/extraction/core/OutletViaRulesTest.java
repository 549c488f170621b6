package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session extraction15: the outlet a speaker talked to is the intermediary when a media noun introduces it (`told the
 * broadcaster ZDF`) or an interview was with a news outlet (`in an interview with the Harbour Times`); an interview
 * with a person names no outlet. Invented text.
 */
class OutletViaRulesTest {

    private static final String TEXT = "Rail strike\n\n"
            + "\"There is no offer on the table,\" union leader Klaus Weber told the broadcaster ZDF.\n\n"
            + "\"We will not be rushed,\" Weber told the daily Nordkurier on Sunday.\n\n"
            + "Sabine Roth said in an interview with the Harbour Times that the strike was \"out of proportion.\"\n\n"
            + "Anja Vogel said in an interview with Mr. Weber that the country was \"losing patience.\"\n\n"
            + "\"Talks resume at noon,\" Vogel told CNN Monday.";

    @Test
    void anOutletIntroducedByAMediaNounIsTheIntermediary() {
        ExtractedStatement zdf = with(TEXT, "no offer on the table");
        assertEquals("ZDF", zdf.via());
        assertEquals(Channel.INTERVIEW, zdf.channel());
        assertEquals("Nordkurier", with(TEXT, "not be rushed").via());
    }

    @Test
    void anInterviewWithANewsOutletNamesIt() {
        ExtractedStatement st = with(TEXT, "out of proportion");
        assertEquals("the Harbour Times", st.via());
        assertEquals(Channel.INTERVIEW, st.channel());
    }

    @Test
    void theDayAfterTheOutletIsNoPartOfIt() {
        assertEquals("CNN", with(TEXT, "Talks resume at noon").via());
    }

    @Test
    void anInterviewWithAPersonNamesNoOutlet() {
        assertNull(with(TEXT, "losing patience").via());
    }
}
