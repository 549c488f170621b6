package io.statements.outlet;

import io.statements.common.Rows;
import io.vertx.sqlclient.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Outlet", requiredProperties = {"id", "name", "domain", "created_at", "updated_at", "version"}, description = "A news outlet that reports statements")
public record OutletResponse(UUID id, String name, String domain, String country, String language,
                             Instant createdAt, Instant updatedAt, long version,
                             @Schema(description = "Who created it: key:<name> of an API key, or user:<preferred_username> (<subject>) of a token; absent for data older than authentication") String createdBy,
                                @Schema(description = "Who changed it last, named like created_by") String updatedBy) {

    static OutletResponse of(OutletEntity e) {
        return new OutletResponse(e.id, e.name, e.domain, e.country, e.language, e.createdAt, e.updatedAt, e.version,
                e.createdBy, e.updatedBy);
    }

    /** A row of {@code select o.* from outlet o}, as a list read returns it. */
    static OutletResponse of(Row r) {
        return new OutletResponse(r.getUUID("id"), r.getString("name"), r.getString("domain"), r.getString("country"),
                r.getString("language"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"),
                r.getLong("version"), r.getString("created_by"), r.getString("updated_by"));
    }
}
