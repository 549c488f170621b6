package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/** Typewriter-style quotation marks of news archives and subjects with party tags and relative clauses. Invented text. */
class ArchiveStyleAndAppositiveTest {

    private final StatementExtractor extractor = new StatementExtractor();

    private ExtractedStatement with(List<ExtractedStatement> sts, String words) {
        for (ExtractedStatement s : sts) {
            if (s.text().contains(words)) {
                return s;
            }
        }
        fail("no statement <" + words + "> in " + sts);
        return null;
    }

    @Test
    void twoApostrophesAreADoubleQuotationMark() {
        String text = "The ferry was late again.\n''We waited for two hours on the pier,'' said Ines Calloway, a commuter."
                + " ''Nobody told us anything.''";
        List<ExtractedStatement> sts = extractor.extract(text);
        ExtractedStatement s = with(sts, "We waited for two hours on the pier,");
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("Ines Calloway", s.speakerName());
        assertEquals(2, s.segments().size(), "the quote continued after the attribution is the same statement");
        int start = text.indexOf("We waited");
        assertEquals(new Span(start, text.indexOf(",'' said")  + 1), s.segments().get(0));
    }

    @Test
    void aSingleQuoteInsideTypewriterQuotesClosesBeforeTheDoubleOne() {
        String text = "''He told me: 'This bridge is safe,''' Mr. Orsolya said at the hearing.";
        ExtractedStatement s = with(extractor.extract(text), "He told me:");
        assertEquals("Orsolya", s.speakerName());
        assertEquals(text.indexOf(" Mr. Orsolya") - 2, s.segments().get(0).end());
    }

    @Test
    void aSubjectWithAPartyTagAndAnAppositiveIsTheSpeaker() {
        String text = "Rep. Dana Whitford (D-Ore.), chair of the transport panel, said the agency was \"badly run for years.\"";
        ExtractedStatement s = with(extractor.extract(text), "badly run for years.");
        assertNotNull(s.speakerMention());
        assertEquals("Dana Whitford", s.speakerName());
    }

    @Test
    void aRelativeClauseWithAVerbOfOpinionDoesNotHideTheSubject() {
        String text = "Sen. Paul Ambrose (R-Ind.), who has endorsed the governor, said the bill was \"dead on arrival.\"";
        ExtractedStatement s = with(extractor.extract(text), "dead on arrival.");
        assertEquals("Paul Ambrose", s.speakerName());
        assertEquals("said", s.cue().text());
    }

    @Test
    void aQuoteEndingWithAPeriodTakesTheNameAndVerbAfterIt() {
        String text = "The council met at noon.\n\u201cWe will reopen the library by spring.\u201d Ilse Marten said.";
        ExtractedStatement s = with(extractor.extract(text), "We will reopen the library");
        assertEquals("trailing-cue", s.sieve());
        assertEquals("Ilse Marten", s.speakerName());
    }

    @Test
    void aQuoteAfterAConnectiveContinuesThePreviousAttribution() {
        String text = "\u201cThe vote was close,\u201d Hollis Brandt said after the meeting. But \u201cthe result will stand"
                + " and we move on to the budget.\u201d";
        ExtractedStatement s = with(extractor.extract(text), "The vote was close,");
        assertEquals(2, s.segments().size());
        assertEquals("Hollis Brandt", s.speakerName());
    }

    @Test
    void lessCommonVerbsOfSayingAreCues() {
        ExtractedStatement s = with(extractor.extract("\u201cGet off my lawn,\u201d Morris Tate barked at the crowd."),
                "Get off my lawn");
        assertEquals("barked", s.cue().text());
        assertEquals("Morris Tate", s.speakerName());
    }
}
