package io.statements.extraction;

/**
 * One attributed statement found in a text. All offsets are Unicode code point offsets into the input.
 *
 * @param text           the statement's words as they stand in the text (the substring at {@code content})
 * @param kind           DIRECT, PARTIAL or INDIRECT
 * @param content        the statement's words: inside the quotation marks for DIRECT and PARTIAL, the reported
 *                       clause for INDIRECT
 * @param clause         the whole reported content the statement belongs to: for a PARTIAL quote the reported
 *                       clause around it; otherwise equal to {@code content}
 * @param cue            the attribution cue ("said", "according to", "told", ":"), or null
 * @param speakerMention the mention of the speaker as it stands in the text ("he", "the ministry",
 *                       "Maj. Gen. Igor Konashenkov"), or null when the text names none near the statement
 * @param speakerName    the resolved speaker ("Vladimir Putin" for "Putin" or "he"), or null when unknown
 * @param speakerKind    PERSON, ORGANIZATION, GROUP or ANONYMOUS; null when the speaker is unknown
 * @param via            the intermediary the statement is reported through ("RIA-Novosti", "CNN",
 *                       "a readout of the call"), or null
 * @param channel        the medium (tweet, statement, press conference, ...), or null when not stated
 * @param confidence     0..1, how sure the extractor is about the statement and its speaker
 * @param attribution    statements sharing this number hang on one attribution (one cue), such as the two halves
 *                       of a quote split around "X said"; numbered from 0 in text order
 */
public record ExtractedStatement(
        String text,
        StatementKind kind,
        Span content,
        Span clause,
        TextSpan cue,
        TextSpan speakerMention,
        String speakerName,
        SpeakerKind speakerKind,
        String via,
        Channel channel,
        double confidence,
        int attribution) {
}
