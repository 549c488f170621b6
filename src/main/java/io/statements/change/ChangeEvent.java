package io.statements.change;

import io.statements.statement.StatementChanged;
import io.statements.statement.StatementResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Change", requiredProperties = {"cursor", "seq", "type", "statement_id", "changed_at"}, description = "One change of a statement, in commit order")
public record ChangeEvent(
        @Schema(description = "Resume after this change: pass it as after= (or Last-Event-ID on the stream)")
        String cursor,
        @Schema(description = "Position in the feed: gap-free, increasing in commit order") long seq,
        StatementChanged.Type type,
        UUID statementId,
        Instant changedAt,
        @Schema(description = "Who made the change: key:<name> of an API key, or user:<preferred_username> (<subject>) "
                + "of a token; absent for changes older than authentication")
        String actor,
        @Schema(description = "The statement as it is now (absent when it no longer exists)")
        StatementResponse statement,
        @Schema(description = "true when the statement no longer exists (deleted since)") Boolean tombstone) {

    /** The cursor (as GET /changes and the stream give it) of a feed position; used by webhook payloads. */
    public static String cursorOf(long seq) {
        return ChangeFeed.cursorOf(seq);
    }
}
