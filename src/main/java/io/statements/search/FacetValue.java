package io.statements.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "FacetValue", requiredProperties = {"value", "count"}, description = "One value of a facet and how many matching statements have it")
public record FacetValue(
        @Schema(description = "Speaker or outlet id (speaker and outlet facets only)") UUID id,
        @Schema(description = "The value: speaker name, outlet domain, stance, stance target, channel or topic",
                examples = "Vladimir Putin") String value,
        @Schema(description = "Matching statements with this value", examples = "42") long count) {
}
