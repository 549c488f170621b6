package io.statements.extraction.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names37, rule single-mark-quotes ({@link SingleMarkQuotes}): an article that quotes in single marks gets its
 * quotes paired and attributed like double-marked ones; apostrophes, plural possessives, elisions and one-word scare
 * quotes stay apostrophes; an article that quotes in double marks keeps its single marks as quotes within quotes.
 * Invented text.
 */
class SingleMarkQuoteRulesTest {

    private static final String BRITISH = "Ferry operator cuts winter crossings\n\n"
            + "The island's only ferry operator will run two crossings a day instead of four from November, blaming "
            + "the cost of fuel and a shortage of crew.\n\n"
            + "'We have looked at every other option and none of them keeps the company afloat through the winter, "
            + "which is the honest truth of it,' the operator's managing director, Ewan Macrae, said on Monday.\n\n"
            + "The islanders' council said it would ask the ministers' office to step in. Its convener, Isla "
            + "Morrison, said: 'The people who live here cannot plan their lives around a boat that might not come, "
            + "and the operator's figures don't add up.'\n\n"
            + "‘Two boats a day means the school run takes the whole morning,’ said Flora Gunn, a parent. ‘The older "
            + "children will have to board on the mainland from January.\n\n"
            + "‘Nobody asked the parents before this was decided.’\n\n"
            + "The so-called 'lifeline' route was cut once before, in the '90s, and the crews' union warned then of "
            + "the same thing.";

    @Test
    void aSingleMarkedQuoteIsAttributedLikeADoubleMarkedOne() {
        assertEquals("Ewan Macrae", with(BRITISH, "We have looked at every other option").speakerName());
        assertEquals("Isla Morrison", with(BRITISH, "cannot plan their lives").speakerName());
        assertEquals("Flora Gunn", with(BRITISH, "the school run takes").speakerName());
    }

    @Test
    void theContentHoldsItsSingleMarksAsItWouldDoubleOnes() {
        ExtractedStatement s = with(BRITISH, "We have looked at every other option");
        String content = BRITISH.substring(s.content().start(), s.content().end());
        assertTrue(content.startsWith("'We have looked") && content.endsWith("the honest truth of it,'"), content);
    }

    @Test
    void apostrophesInsideTheQuoteDoNotCloseIt() {
        String text = with(BRITISH, "cannot plan their lives").text();
        assertTrue(text.endsWith("operator's figures don't add up."), text);
    }

    @Test
    void aQuoteGoesOnInTheNextParagraphThatOpensWithASingleMarkAgain() {
        ExtractedStatement s = with(BRITISH, "Nobody asked the parents");
        assertEquals("Flora Gunn", s.speakerName());
    }

    @Test
    void possessivesElisionsAndOneWordScareQuotesAreNoQuotes() {
        for (ExtractedStatement s : Extracted.all(BRITISH)) {
            assertFalse(s.text().contains("lifeline"), s.toString());
            assertFalse(s.text().contains("islanders"), s.toString());
        }
    }

    private static final String AMERICAN = "Council weighs bridge tolls\n\n"
            + "\"When the engineer told us, 'This bridge has ten years left in it at most,' nobody in the room said a "
            + "word,\" council member Dana Whitcomb said.\n\n"
            + "\"We will need a vote before the summer,\" said the council president, Rob Arnett.";

    @Test
    void inADoubleMarkedArticleASingleMarkedQuoteIsAQuoteWithinAQuote() {
        List<ExtractedStatement> all = Extracted.all(AMERICAN);
        int holding = 0;
        for (ExtractedStatement s : all) {
            holding += s.text().contains("ten years left") ? 1 : 0;
        }
        assertEquals(1, holding, all.toString());
        assertEquals("Dana Whitcomb", with(AMERICAN, "ten years left").speakerName());
    }

    private static final String NESTED = "Minister defends housing target\n\n"
            + "'When the builders told me \"it cannot be done\", I asked them what it would take,' the housing "
            + "minister, Gareth Pryce, said.\n\n"
            + "'We have the land and we have the money,' Mr Pryce added.";

    @Test
    void inASingleMarkedArticleADoubleMarkedQuoteIsAQuoteWithinAQuote() {
        List<ExtractedStatement> all = Extracted.all(NESTED);
        for (ExtractedStatement s : all) {
            assertFalse(s.text().equals("it cannot be done"), all.toString());
        }
        assertEquals("Gareth Pryce", with(NESTED, "it cannot be done").speakerName());
    }

    @Test
    void aQuoteMayOpenWithAnEllipsis() {
        String text = "Rail strike looms\n\n'...and if the company will not talk to us, we will stop the trains,' the "
                + "union's leader, Marek Dolan, said.\n\n'We are ready,' he told a rally.";
        assertEquals("Marek Dolan", with(text, "will not talk to us").speakerName());
    }

    /** `%` stands for the quotation mark: the same article in single and in double marks. */
    private static final String TWIN = "Hospital trust apologises\n\n"
            + "The chief executive of the hospital trust, Miriam Achebe, apologised to families on Thursday and said "
            + "an inquiry would report by the summer. In a statement, she said:\n\n"
            + "%We let these families down, and there is nothing I can say that will make up for what they have been "
            + "through.%\n\n"
            + "%Every one of the recommendations will be carried out in full,% she added. %The board will publish "
            + "its progress every month.%\n\n"
            + "The health secretary, Owen Talbot, called the report %a hard read for all of us% and said the "
            + "inquiry had his full support. %It is the least these families deserve,% Mr Talbot told MPs.";

    @Test
    void aSingleMarkedArticleReadsAsItsDoubleMarkedTwin() {
        List<String> single = new java.util.ArrayList<>(), dbl = new java.util.ArrayList<>();
        for (ExtractedStatement s : Extracted.all(TWIN.replace('%', '\''))) {
            single.add(s.speakerName() + " | " + s.sieve() + " | " + s.text());
        }
        for (ExtractedStatement s : Extracted.all(TWIN.replace('%', '"'))) {
            dbl.add(s.speakerName() + " | " + s.sieve() + " | " + s.text());
        }
        assertEquals(dbl, single);
        assertEquals(6, single.size(), single.toString());
    }

    @Test
    void aSingleOpenerClosedByADoubleMarkIsStillAQuote() {
        String text = "Port expects record\n\n'The new berths are already full and the second terminal opens in "
                + "the spring,\" said Hamad Al-Suwaidi, the port's director.\n\n"
                + "'It will be our busiest year,' he said.";
        assertEquals("Hamad Al-Suwaidi", with(text, "The new berths are already full").speakerName());
    }
}
