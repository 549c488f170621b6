package io.statements.outlet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Outlet", description = "A news outlet that reports statements")
public record OutletResponse(UUID id, String name, String domain, String country, String language,
                             Instant createdAt, Instant updatedAt, long version) {

    static OutletResponse of(OutletEntity e) {
        return new OutletResponse(e.id, e.name, e.domain, e.country, e.language, e.createdAt, e.updatedAt, e.version);
    }
}
