package io.statements.speaker;

import io.statements.common.ApiException;
import io.statements.common.FieldError;
import io.statements.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One speaker per name and per Wikidata id: a name or alias (compared by name key: case, accents, punctuation
 * ignored) and a wikidata_id belong to at most one speaker, so that a statement naming a speaker finds exactly one.
 * Writers of a name take the advisory lock that statement creation takes before creating a speaker by name, so
 * two racing writers cannot both claim one name.
 */
@ApplicationScoped
public class SpeakerIdentity {

    private final EntityManager em;

    SpeakerIdentity(EntityManager em) {
        this.em = em;
    }

    void lockName(String name) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(statements_name_key(:name)))")
                .setParameter("name", name).getSingleResult();
    }

    /** 409 naming the other speaker when the speaker's name, an alias or its wikidata_id is already taken. */
    void requireUnique(SpeakerEntity speaker) {
        List<NamedField> names = new ArrayList<>();
        names.add(new NamedField("name", speaker.name));
        for (int i = 0; i < speaker.aliases.size(); i++) {
            names.add(new NamedField("aliases[" + i + "]", speaker.aliases.get(i)));
        }
        // locks in one global order (by name key), so two writers of overlapping names cannot deadlock
        names.sort(Comparator.comparing(n -> NameKeys.key(n.value())));
        for (NamedField n : names) {
            lockName(n.value());
        }
        for (NamedField n : names) {
            List<Object[]> owner = rows(em.createNativeQuery("""
                            select s.id, s.name from speaker_name n join speaker s on s.id = n.speaker_id
                            where n.name_key = statements_name_key(:name) and n.speaker_id <> :id
                            order by s.id limit 1""")
                    .setParameter("name", n.value()).setParameter("id", speaker.id).getResultList());
            if (!owner.isEmpty()) {
                throw taken(n.field(), "\"" + n.value() + "\"", owner.get(0));
            }
        }
        if (speaker.wikidataId != null) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext('wikidata:' || :w))")
                    .setParameter("w", speaker.wikidataId).getSingleResult();
            List<Object[]> owner = rows(em.createNativeQuery("select id, name from speaker where wikidata_id = :w"
                            + " and id <> :id order by id limit 1")
                    .setParameter("w", speaker.wikidataId).setParameter("id", speaker.id).getResultList());
            if (!owner.isEmpty()) {
                throw taken("wikidata_id", speaker.wikidataId, owner.get(0));
            }
        }
    }

    /**
     * The one speaker a statement's speaker name denotes; empty when none. Several speakers with the name (data
     * from before names were unique, or a name shared by a canonical name and another's alias) are a 422 listing
     * them: picking one silently would attribute the words to the wrong person.
     */
    Optional<SpeakerEntity> onlyMatch(String name, String field) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select distinct speaker_id from speaker_name"
                + " where name_key = statements_name_key(:name) order by 1", UUID.class)
                .setParameter("name", name).getResultList();
        if (ids.size() > 1) {
            throw ambiguous(field, name, ids);
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(em.find(SpeakerEntity.class, ids.get(0)));
    }

    /** The 422 for a speaker name that several speakers go by; shared with the bulk import. */
    public static ApiException ambiguous(String field, String name, List<UUID> candidates) {
        List<String> ids = candidates.stream().map(UUID::toString).toList();
        return new ApiException(ProblemType.AMBIGUOUS_SPEAKER,
                "\"" + name + "\" is a name of " + ids.size() + " speakers (" + String.join(", ", ids)
                        + "); name the speaker by id, or merge the speakers",
                List.of(new FieldError(field + ".name", "matches speakers " + String.join(", ", ids))));
    }

    private static ApiException taken(String field, String what, Object[] owner) {
        return new ApiException(ProblemType.SPEAKER_IDENTITY_TAKEN,
                what + " already belongs to speaker " + owner[0] + " (" + owner[1] + "); merge the two speakers "
                        + "(POST /speakers/{id}/merge) or remove it from this one",
                List.of(new FieldError(field, "belongs to speaker " + owner[0])));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }

    private record NamedField(String field, String value) {
    }
}
