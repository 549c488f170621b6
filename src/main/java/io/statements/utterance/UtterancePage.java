package io.statements.utterance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UtterancePage", description = "One page of utterances; next_cursor is absent on the last page")
public record UtterancePage(List<UtteranceResponse> items, String nextCursor) {
}
