package io.statements.ingest;

import io.statements.common.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "BulkLineResult", requiredProperties = {"line", "status"}, description = "The outcome of one line of a bulk import")
public record LineResult(
        @Schema(description = "1-based line number in the request body") long line,
        Status status,
        @Schema(description = "The statement created (CREATED), updated (UPDATED) or already stored (DUPLICATE)") UUID id,
        @Schema(description = "Why the line was rejected (INVALID, FAILED)") Problem problem) {

    @Schema(name = "BulkLineStatus")
    public enum Status {
        /** Stored and committed. */
        CREATED,
        /** Already stored (same natural key, or same external_id for the outlet): id is the stored statement. */
        DUPLICATE,
        /** Upsert: the outlet's statement with this external_id had other content and now has the line's. */
        UPDATED,
        /** Rejected: problem names the field. */
        INVALID,
        /** Not stored because of a server-side failure; the line may be sent again. */
        FAILED
    }

    static LineResult invalid(long line, Problem problem) {
        return new LineResult(line, Status.INVALID, null, problem);
    }
}
