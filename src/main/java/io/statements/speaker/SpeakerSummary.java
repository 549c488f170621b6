package io.statements.speaker;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "SpeakerSummary", requiredProperties = {"id", "name", "kind"}, description = "The speaker of a statement, embedded")
public record SpeakerSummary(UUID id, String name, SpeakerKind kind, String title, String affiliation) {

    public static SpeakerSummary of(SpeakerEntity e) {
        return new SpeakerSummary(e.id, e.name, e.kind, e.title, e.affiliation);
    }
}
