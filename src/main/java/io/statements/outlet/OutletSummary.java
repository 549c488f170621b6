package io.statements.outlet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "OutletSummary", requiredProperties = {"id", "name", "domain"}, description = "The outlet that reported a statement, embedded")
public record OutletSummary(UUID id, String name, String domain) {

    public static OutletSummary of(OutletEntity e) {
        return new OutletSummary(e.id, e.name, e.domain);
    }
}
