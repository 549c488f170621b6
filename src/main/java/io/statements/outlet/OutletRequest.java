package io.statements.outlet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutletRequest", description = "A news outlet to create or to replace wholesale")
public record OutletRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "CNN") String name,
        @NotBlank @Size(max = 253) @Pattern(regexp = Domains.PATTERN, message = Domains.MESSAGE)
        @Schema(examples = "cnn.com") String domain,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US")
        @Schema(examples = "US") String country,
        @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) @Schema(examples = "en") String language) {
}
