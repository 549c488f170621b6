package io.statements.extraction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ExtractionResult", description = "The statements found, in text order; empty when there are none")
public record ExtractionResponse(List<ExtractionStatement> statements) {
}
