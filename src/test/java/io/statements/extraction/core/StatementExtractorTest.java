package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Invented fixture articles covering the cases of issue 6. Offsets are code point offsets. */
class StatementExtractorTest {

    private final StatementExtractor extractor = new StatementExtractor();

    /** Code point offset of the first occurrence of {@code needle} in {@code text}. */
    private static int cp(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            fail("fixture does not contain: " + needle);
        }
        return text.codePointCount(0, i);
    }

    private static ExtractedStatement find(List<ExtractedStatement> sts, String words) {
        for (ExtractedStatement s : sts) {
            if (hasSegment(s, words)) {
                return s;
            }
        }
        fail("no statement with text <" + words + "> in " + sts.stream().map(ExtractedStatement::text).toList());
        return null;
    }

    private static void assertSpan(String text, String words, Span span) {
        int start = cp(text, words);
        assertEquals(new Span(start, start + words.codePointCount(0, words.length())), span);
    }

    static final String BRIDGE = String.join("\n\n",
            "Harbor bridge closure \u2018entirely avoidable\u2019",
            "Mayor Tom Okafor of Eastport on Monday defended the closure of the harbor bridge.",
            "\"The bridge will reopen in May,\" said Col. Maria Lindqvist, spokesperson for the regional transport "
                    + "authority, according to Nordic Wire.",
            "\"We acted quickly,\" Okafor said. \"Nobody was hurt.\"",
            "He added: \u201cThe repairs will cost less than the council expected.\u201d",
            "The Harbor Agency said the delay was \u201centirely avoidable\u201d and blamed the contractor.",
            "\u201cWe will publish the full audit next week,\u201d the agency said in a statement.",
            "Okafor said that the city would cover the costs of the ferry service.",
            "According to the Daily Ledger, the contractor has filed for bankruptcy protection.",
            "Three city officials told Channel 9 News that the cracks had been visible for months.",
            "\u201cProud of our crews, who worked through the night,\u201d the mayor\u2019s office said in a tweet.",
            "\"We need patience from every driver in this city,\" Okafor told reporters at a press conference.");

    @Test
    void directQuoteWithTitledSpeakerAfterTheQuoteAndIntermediary() {
        List<ExtractedStatement> sts = extractor.extract(BRIDGE);
        ExtractedStatement s = find(sts, "The bridge will reopen in May,");
        assertEquals(StatementKind.DIRECT, s.kind());
        assertSpan(BRIDGE, "\"The bridge will reopen in May,\"", s.content()); // with its marks
        assertSpan(BRIDGE, "The bridge will reopen in May,", s.segments().get(0));
        assertEquals("Maria Lindqvist", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
        assertEquals("Col. Maria Lindqvist", s.speakerMention().text());
        assertEquals(cp(BRIDGE, "Col. Maria Lindqvist"), s.speakerMention().start());
        assertEquals("said", s.cue().text());
        assertEquals("Nordic Wire", s.via());
        assertTrue(s.confidence() > 0.5 && s.confidence() <= 1.0);
    }

    @Test
    void splitQuoteSharesOneAttributionAndResolvesTheShortName() {
        List<ExtractedStatement> sts = extractor.extract(BRIDGE);
        ExtractedStatement a = find(sts, "We acted quickly,");
        ExtractedStatement b = find(sts, "Nobody was hurt.");
        assertEquals("Tom Okafor", a.speakerName());
        assertEquals("Okafor", a.speakerMention().text());
        assertEquals("Tom Okafor", b.speakerName());
        assertSame(a, b, "one statement per attribution");
        assertEquals(2, b.segments().size());
        assertEquals(StatementKind.DIRECT, b.kind());
        assertSpan(BRIDGE, "We acted quickly,", b.segments().get(0));
        assertSpan(BRIDGE, "Nobody was hurt.", b.segments().get(1));
        assertEquals("We acted quickly, Nobody was hurt.", b.text());
        assertEquals(cp(BRIDGE, "We acted quickly,") - 1, b.content().start()); // the opening mark
        assertEquals(cp(BRIDGE, "Nobody was hurt.") + "Nobody was hurt.".length() + 1, b.content().end());
    }

    @Test
    void pronounSpeakerBeforeACurlyQuote() {
        List<ExtractedStatement> sts = extractor.extract(BRIDGE);
        ExtractedStatement s = find(sts, "The repairs will cost less than the council expected.");
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("He", s.speakerMention().text());
        assertEquals("Tom Okafor", s.speakerName());
        assertEquals("added", s.cue().text());
    }

    @Test
    void partialQuoteInsideReportedSpeechKeepsItsClause() {
        List<ExtractedStatement> sts = extractor.extract(BRIDGE);
        ExtractedStatement s = sts.stream()
                .filter(x -> x.text().equals("entirely avoidable") && x.content().start() > 100)
                .findFirst().orElseThrow();
        assertEquals("Harbor Agency", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
        int quote = cp(BRIDGE, "the delay was \u201centirely") + "the delay was \u201c".length();
        assertEquals(List.of(new Span(quote, quote + "entirely avoidable".length())), s.segments());
        assertEquals(cp(BRIDGE, "the delay was"), s.content().start());
    }

    @Test
    void organisationAnaphoraAndStatementChannel() {
        List<ExtractedStatement> sts = extractor.extract(BRIDGE);
        ExtractedStatement s = find(sts, "We will publish the full audit next week,");
        assertEquals("the agency", s.speakerMention().text());
        assertEquals("Harbor Agency", s.speakerName());
        assertEquals(Channel.STATEMENT, s.channel());
    }

    @Test
    void reportedSpeechWithoutQuotes() {
        List<ExtractedStatement> sts = extractor.extract(BRIDGE);
        ExtractedStatement s = find(sts, "the city would cover the costs of the ferry service");
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("Tom Okafor", s.speakerName());
        assertSpan(BRIDGE, "the city would cover the costs of the ferry service", s.content());

        ExtractedStatement acc = find(sts, "the contractor has filed for bankruptcy protection");
        assertEquals(StatementKind.INDIRECT, acc.kind());
        assertEquals("According to", acc.cue().text());
        assertEquals("Daily Ledger", acc.speakerName());
    }

    @Test
    void anonymousGroupToldAnOutlet() {
        List<ExtractedStatement> sts = extractor.extract(BRIDGE);
        ExtractedStatement s = find(sts, "the cracks had been visible for months");
        assertEquals(SpeakerKind.ANONYMOUS, s.speakerKind());
        assertEquals("Three city officials", s.speakerMention().text());
        assertEquals("Channel 9 News", s.via());
        assertEquals(Channel.INTERVIEW, s.channel());
    }

    @Test
    void tweetAndPressConferenceChannels() {
        List<ExtractedStatement> sts = extractor.extract(BRIDGE);
        ExtractedStatement tweet = find(sts, "Proud of our crews, who worked through the night,");
        assertEquals(Channel.TWEET, tweet.channel());
        assertEquals("the mayor\u2019s office", tweet.speakerMention().text());
        ExtractedStatement pc = find(sts, "We need patience from every driver in this city,");
        assertEquals(Channel.PRESS_CONFERENCE, pc.channel());
        assertEquals("Tom Okafor", pc.speakerName());
    }

    @Test
    void headlineSingleQuoteTakesTheSpeakerOfTheBodySentence() {
        List<ExtractedStatement> sts = extractor.extract(BRIDGE);
        ExtractedStatement h = sts.get(0);
        assertEquals("entirely avoidable", h.text());
        assertEquals(new Span(cp(BRIDGE, "entirely"), cp(BRIDGE, "entirely") + 18), h.content());
        assertEquals("Harbor Agency", h.speakerName());
    }

    @Test
    void quoteRunningOverTwoParagraphs() {
        String text = "Lindqvist spoke at length about the inspection.\n\n"
                + "\"The first inspection found rust on four cables.\n\n"
                + "\"The second one found nothing new,\" Lindqvist said.";
        List<ExtractedStatement> sts = extractor.extract(text);
        assertEquals(1, sts.size(), sts.toString());
        ExtractedStatement s = sts.get(0);
        assertEquals(cp(text, "The first inspection") - 1, s.content().start());
        assertEquals(cp(text, "new,") + 5, s.content().end());
        assertEquals("Lindqvist", s.speakerName());
        assertEquals(StatementKind.DIRECT, s.kind());
    }

    @Test
    void unbalancedQuotationMarksAreBestEffort() {
        String text = "The union called the plan \"reckless and \"unworkable.\n\n"
                + "Talks resume on Monday.\n\n"
                + "\"We will strike on Friday,\" the union said.\n\n"
                + "Residents said the plan was \"a disaster";
        List<ExtractedStatement> sts = extractor.extract(text);
        ExtractedStatement a = sts.get(0);
        assertEquals(cp(text, "reckless"), a.segments().get(0).start());
        assertEquals(StatementKind.PARTIAL, a.kind());
        assertEquals("union", a.speakerName());
        ExtractedStatement b = find(sts, "We will strike on Friday,");
        assertEquals("the union", b.speakerMention().text());
    }

    @Test
    void offsetsAreCodePointsAfterAstralCharacters() {
        String text = "\uD83D\uDEA7 \"Stay away from the bridge,\" the police said.";
        List<ExtractedStatement> sts = extractor.extract(text);
        assertEquals(1, sts.size());
        ExtractedStatement s = sts.get(0);
        // emoji (1 code point, 2 UTF-16 units), space, quotation mark
        assertEquals(List.of(new Span(3, 3 + "Stay away from the bridge,".length())), s.segments());
        assertEquals("Stay away from the bridge,", s.text());
        assertEquals(text.codePointCount(0, text.indexOf("the police")), s.speakerMention().start());
        assertEquals(31, s.speakerMention().start());
    }

    @Test
    void readoutIsTheChannelAndViaOfACall() {
        String text = "Foreign Minister Ana Duarte spoke with her counterpart on Tuesday. "
                + "According to a readout of the call, Duarte said the talks were productive.";
        List<ExtractedStatement> sts = extractor.extract(text);
        ExtractedStatement s = find(sts, "the talks were productive");
        assertEquals("Ana Duarte", s.speakerName());
        assertEquals(Channel.READOUT, s.channel());
        assertEquals("a readout of the call", s.via());
    }

    @Test
    void transcriptLabels() {
        String text = "Partial transcript:\n\nHOST: Will the bridge open in May?\n\nOKAFOR: It will open in May, "
                + "and not a day later.";
        List<ExtractedStatement> sts = extractor.extract(text);
        ExtractedStatement s = find(sts, "It will open in May, and not a day later.");
        assertEquals("OKAFOR", s.speakerMention().text());
    }

    // ------------------------------------------------------------------ malformed input

    @Test
    void emptyAndNullGiveNothing() {
        assertTrue(extractor.extract("").isEmpty());
        assertTrue(extractor.extract(null).isEmpty());
        assertTrue(extractor.extract("   \n\n  ").isEmpty());
    }

    @Test
    void textWithoutQuotesOrAttributionGivesNothing() {
        assertTrue(extractor.extract("The bridge is 300 meters long. It opened in 1974.").isEmpty());
    }

    @Test
    void binaryJunkDoesNotThrow() {
        Random r = new Random(42);
        for (int round = 0; round < 20; round++) {
            char[] c = new char[5000];
            for (int i = 0; i < c.length; i++) {
                c[i] = (char) r.nextInt(0x10000);
            }
            String junk = new String(c);
            List<ExtractedStatement> sts = extractor.extract(junk);
            assertNotNull(sts);
            int cps = junk.codePointCount(0, junk.length());
            for (ExtractedStatement s : sts) {
                assertTrue(s.content().end() <= cps);
            }
        }
        assertNotNull(extractor.extract("\"\"\"\u201c\u201d\u2018\u2019'\"said\" said, \" according to"));
        assertNotNull(extractor.extract("\uD800\"lonely surrogate,\" he said \uDC00"));
    }

    @Test
    void nothingIsAttributedToNobodyInAPlainQuoteFreeText() {
        List<ExtractedStatement> sts = extractor.extract("Traffic was heavy. \"Bridge\" is a film.");
        assertTrue(sts.isEmpty(), sts.toString());
    }

    /** The statement has a segment with exactly these words (its text joins its segments by spaces). */
    static boolean hasSegment(ExtractedStatement s, String words) {
        String t = s.text();
        return t.equals(words) || t.startsWith(words + " ") || t.endsWith(" " + words) || t.contains(" " + words + " ");
    }
}
