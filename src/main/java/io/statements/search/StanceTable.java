package io.statements.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "StanceTable", requiredProperties = {"items"}, description = "Stance tallies, speakers with the most matching statements first")
public record StanceTable(List<StanceCount> items) {
}
