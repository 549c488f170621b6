package io.statements.outlet;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "OutletRef", description = "Names the reporting outlet: by id, or by domain (created with the given "
        + "name when unknown)")
public record OutletRef(
        UUID id,
        @Size(max = 253) @Pattern(regexp = Domains.PATTERN, message = Domains.MESSAGE)
        @Schema(examples = "cnn.com") String domain,
        @Size(max = 300) @Schema(examples = "CNN") String name) {
}
