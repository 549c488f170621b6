package io.statements.speaker;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Speaker", description = "A person, organisation or group to which statements are attributed")
public record SpeakerResponse(UUID id, String name, SpeakerKind kind, String title, String affiliation,
                              List<String> aliases, String wikidataId, Instant createdAt, Instant updatedAt,
                              long version) {

    static SpeakerResponse of(SpeakerEntity e) {
        return new SpeakerResponse(e.id, e.name, e.kind, e.title, e.affiliation, List.copyOf(e.aliases),
                e.wikidataId, e.createdAt, e.updatedAt, e.version);
    }
}
