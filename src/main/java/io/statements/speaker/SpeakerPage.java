package io.statements.speaker;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The contract's shape of {@code Page<SpeakerResponse>}: OpenAPI annotations cannot name a generic type. */
@Schema(name = "SpeakerPage", description = "One page of speakers, newest first")
record SpeakerPage(@Schema(required = true) List<SpeakerResponse> items,
                @Schema(description = "Pass as cursor to get the next page; absent on the last page") String nextCursor) {
}
