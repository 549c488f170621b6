package io.statements.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.statements.statement.Channel;
import io.statements.statement.Stance;
import io.statements.statement.StatementKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import java.util.List;

/**
 * One statement found in a text. cue, cue_range and speaker_mention are written as explicit nulls when absent (the issue's
 * contract); like everywhere else in the API, other absent values are omitted.
 */
@Schema(name = "ExtractionStatement", description = "Who said what, one statement per attribution, with the "
        + "evidence in the submitted text "
        + "(Unicode code point offsets, end exclusive)")
public record ExtractionStatement(
        @Schema(description = "The statement's words: its segments' words in order, joined by a space",
                examples = "Our pilots acted professionally.") String text,
        @Schema(description = "DIRECT: full quote; PARTIAL: quoted words inside reported speech; INDIRECT: "
                + "reported speech without quotation marks") StatementKind kind,
        @Schema(description = "From the first to the last segment with the quotation marks around them; for a "
                + "PARTIAL quote the reported clause that holds the quoted words") OffsetRange content,
        @Schema(description = "Every quoted stretch of this one attribution (the pieces of a quote split around "
                + "\"X said\", a quote continued in the next sentence or paragraph), or the reported clause for "
                + "INDIRECT; in text order, at least one") List<OffsetRange> segments,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The attribution cue's words (\"said\", \"told\", \"according to\"), as POST "
                + "/statements takes them; null when none", nullable = true, examples = "said") String cue,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Where the cue stands in the text; null when there is no cue",
                type = SchemaType.OBJECT, nullable = true, properties = {
                        @SchemaProperty(name = "start", type = SchemaType.INTEGER, description = "First code point"),
                        @SchemaProperty(name = "end", type = SchemaType.INTEGER, description = "Code point after the last"),
                        @SchemaProperty(name = "text", type = SchemaType.STRING, examples = "said")})
        TextRange cueRange,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The speaker as written near the statement (\"he\", \"the ministry\", "
                + "\"Maj. Gen. Igor Konashenkov\"); null when the text names none",
                type = SchemaType.OBJECT, nullable = true, properties = {
                        @SchemaProperty(name = "start", type = SchemaType.INTEGER, description = "First code point"),
                        @SchemaProperty(name = "end", type = SchemaType.INTEGER, description = "Code point after the last"),
                        @SchemaProperty(name = "text", type = SchemaType.STRING, examples = "the ministry")})
        TextRange speakerMention,
        @Schema(description = "The resolved speaker; absent when unknown") ResolvedSpeaker speaker,
        @Schema(description = "Intermediary the words are reported through; absent when none",
                examples = "RIA-Novosti") String via,
        @Schema(description = "How the words were made public, when the text says so; absent otherwise")
        Channel channel,
        @Schema(description = "How sure the extractor is about the statement and its speaker", minimum = "0",
                maximum = "1", examples = "0.9") double confidence,
        @Schema(description = "Suggested stance of the speaker toward stance_target, only where a rule points at "
                + "the evidence (a verb of blame or praise, `holds X responsible`, a judging adjective with its "
                + "bearer); absent otherwise. Never NEUTRAL or UNCLEAR: no rule shows those")
        Stance stance,
        @Schema(description = "Who or what the suggested stance is toward; absent without a stance",
                examples = "City Council") String stanceTarget,
        @Schema(description = "The words that show the suggested stance; absent without a stance")
        TextRange stanceEvidence) {
}
