package io.statements.speaker;

import io.statements.common.Rows;
import io.vertx.sqlclient.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Speaker", requiredProperties = {"id", "name", "kind", "aliases", "created_at", "updated_at", "version"}, description = "A person, organisation or group to which statements are attributed")
public record SpeakerResponse(UUID id, String name, SpeakerKind kind, String title, String affiliation,
                              List<String> aliases, String wikidataId, Instant createdAt, Instant updatedAt,
                              long version,
                              @Schema(description = "Who created it: key:<name> of an API key, or user:<preferred_username> (<subject>) of a token; absent for data older than authentication") String createdBy,
                                @Schema(description = "Who changed it last, named like created_by") String updatedBy) {

    static SpeakerResponse of(SpeakerEntity e) {
        return new SpeakerResponse(e.id, e.name, e.kind, e.title, e.affiliation, List.copyOf(e.aliases),
                e.wikidataId, e.createdAt, e.updatedAt, e.version, e.createdBy, e.updatedBy);
    }

    /** A row of {@code select s.* from speaker s}, as a list read returns it. */
    static SpeakerResponse of(Row r) {
        String[] aliases = r.getArrayOfStrings("aliases");
        return new SpeakerResponse(r.getUUID("id"), r.getString("name"), SpeakerKind.valueOf(r.getString("kind")),
                r.getString("title"), r.getString("affiliation"), aliases == null ? List.of() : List.of(aliases),
                r.getString("wikidata_id"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"),
                r.getLong("version"), r.getString("created_by"), r.getString("updated_by"));
    }
}
