package io.statements.extraction.core;

import java.util.List;

/**
 * One attributed statement found in a text: one per attribution, as newsrooms store them. The pieces of a quote
 * split around its attribution (`"A," X said. "B."`) and a quote continuing in the next sentence or paragraph with
 * the same speaker are one statement with several segments. All offsets are Unicode code point offsets into the
 * input.
 *
 * @param text           the segments' words in order, joined by a space
 * @param kind           DIRECT, PARTIAL or INDIRECT (of the first segment)
 * @param content        from the first to the last segment with the quotation marks around them; for a PARTIAL
 *                       quote the reported clause that holds the quoted words (as PolNeAR annotates attributions)
 * @param segments       every quoted stretch (for INDIRECT: the reported clause), in text order, at least one
 * @param cue            the attribution cue ("said", "according to", "told", ":"), or null
 * @param speakerMention the mention of the speaker as it stands in the text ("he", "the ministry",
 *                       "Maj. Gen. Igor Konashenkov"), or null when the text names none near the statement
 * @param speakerName    the resolved speaker ("Vladimir Putin" for "Putin" or "he"), or null when unknown
 * @param speakerKind    PERSON, ORGANIZATION, GROUP or ANONYMOUS; null when the speaker is unknown
 * @param via            the intermediary the statement is reported through ("RIA-Novosti", "CNN",
 *                       "a readout of the call"), or null
 * @param channel        the medium (tweet, statement, press conference, ...), or null when not stated
 * @param confidence     0..1, how sure the extractor is about the statement and its speaker
 * @param sieve          the name of the rule that decided the attribution ("trailing-cue", "leading-cue", ...)
 * @param stance         suggested stance of the speaker toward {@code stanceTarget}, or null when no rule can point
 *                       at evidence for one
 * @param stanceTarget   who or what the stance is toward ("Israel", "City Council"), null without a stance
 * @param stanceEvidence the words that show the stance ("blamed", "holds ... responsible"), null without a stance
 * @param speakerTitle   the person's title as the mention gives it ("spokesperson", "press secretary", "mayor"),
 *                       or null
 * @param speakerAffiliation what the title is held at, as the mention gives it ("Harbour Board", "White House"),
 *                       or null
 */
public record ExtractedStatement(
        String text,
        StatementKind kind,
        Span content,
        List<Span> segments,
        TextSpan cue,
        TextSpan speakerMention,
        String speakerName,
        SpeakerKind speakerKind,
        String via,
        Channel channel,
        double confidence,
        String sieve,
        Stance stance,
        String stanceTarget,
        TextSpan stanceEvidence,
        String speakerTitle,
        String speakerAffiliation) {

    public ExtractedStatement {
        segments = List.copyOf(segments);
    }
}
