package io.statements.search;

import io.statements.statement.Channel;
import io.statements.statement.Stance;
import io.statements.statement.StatementKind;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.Set;

/**
 * The statement filters shared by {@code GET /statements}, {@code /statements/facets} and {@code /stances}.
 * Everything arrives as text and is parsed by {@link StatementFilter} so that a bad value is a 400 naming
 * the parameter (JAX-RS would answer 404 for an unconvertible query parameter). Multi-valued parameters
 * take repeated or comma-separated values, OR-ed; different parameters are AND-ed.
 */
public class FilterParams {

    /** Every parameter name declared here; a request naming anything else is refused. */
    static final Set<String> NAMES = Set.of("q", "speaker_id", "speaker", "outlet_id", "outlet", "stance",
            "stance_target", "kind", "channel", "via", "topic", "language", "reported_after", "reported_before",
            "stated_after", "stated_before", "article_url", "external_id");

    @QueryParam("q")
    @Parameter(description = "Full-text search over the statement text, web-search syntax: \"exact phrase\", "
            + "or, -excluded. English stemming; case- and accent-insensitive. At most 1000 characters.",
            example = "\"peace talks\" or ceasefire -rumour")
    public String q;

    @QueryParam("speaker_id")
    @Parameter(description = "Speaker id(s)", example = "[\"0192f5c4-8d1e-7c3a-9f00-1a2b3c4d5e6f\"]")
    public List<String> speakerId;

    @QueryParam("speaker")
    @Parameter(description = "Speaker name or alias, ignoring case, accents and punctuation", example = "[\"Putin\"]")
    public List<String> speaker;

    @QueryParam("outlet_id")
    @Parameter(description = "Outlet id(s)", example = "[\"0192f5c4-8d1e-7c3a-9f00-1a2b3c4d5e70\"]")
    public List<String> outletId;

    @QueryParam("outlet")
    @Parameter(description = "Outlet domain or name", example = "[\"reuters.com\"]")
    public List<String> outlet;

    @QueryParam("stance")
    @Parameter(description = "Stance toward the stance target", example = "[\"OPPOSE\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Stance.class))
    public List<String> stance;

    @QueryParam("stance_target")
    @Parameter(description = "Stance target, ignoring case, accents and punctuation", example = "[\"Israel\"]")
    public List<String> stanceTarget;

    @QueryParam("kind")
    @Parameter(description = "Statement kind", example = "[\"DIRECT\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = StatementKind.class))
    public List<String> kind;

    @QueryParam("channel")
    @Parameter(description = "Channel the words were said through", example = "[\"TWEET\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Channel.class))
    public List<String> channel;

    @QueryParam("via")
    @Parameter(description = "Intermediary the words were relayed through, ignoring case", example = "[\"TASS\"]")
    public List<String> via;

    @QueryParam("topic")
    @Parameter(description = "Topic, ignoring case", example = "[\"energy\"]")
    public List<String> topic;

    @QueryParam("language")
    @Parameter(description = "Language code of the statement", example = "[\"en\"]")
    public List<String> language;

    @QueryParam("reported_after")
    @Parameter(description = "Reported at or after this instant (RFC 3339) or day (YYYY-MM-DD, UTC)",
            example = "2024-01-01")
    public String reportedAfter;

    @QueryParam("reported_before")
    @Parameter(description = "Reported before this instant (RFC 3339) or day (YYYY-MM-DD, UTC); exclusive",
            example = "2024-07-01T00:00:00Z")
    public String reportedBefore;

    @QueryParam("stated_after")
    @Parameter(description = "Stated at or after this instant (RFC 3339) or day (YYYY-MM-DD, UTC)",
            example = "2023-06-01")
    public String statedAfter;

    @QueryParam("stated_before")
    @Parameter(description = "Stated before this instant (RFC 3339) or day (YYYY-MM-DD, UTC); exclusive",
            example = "2023-07-01")
    public String statedBefore;

    @QueryParam("article_url")
    @Parameter(description = "URL of the article the statement appeared in", example = "[\"https://example.com/news/1\"]")
    public List<String> articleUrl;

    @QueryParam("external_id")
    @Parameter(description = "The id an ingestion job gave the statement (external_id), any outlet",
            example = "[\"wire-2024-000123\"]")
    public List<String> externalId;
}
