package io.statements.speaker;

import io.statements.common.ApiException;
import io.statements.common.ETags;
import io.statements.common.FieldError;
import io.statements.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SpeakerService {

    static final int MAX_ALIASES = 50;

    private final EntityManager em;
    private final Event<SpeakersMerged> merged;
    private final SpeakerIdentity identity;

    SpeakerService(EntityManager em, Event<SpeakersMerged> merged, SpeakerIdentity identity) {
        this.em = em;
        this.merged = merged;
        this.identity = identity;
    }

    @Transactional
    public SpeakerResponse create(SpeakerRequest request) {
        SpeakerEntity speaker = new SpeakerEntity();
        speaker.id = Ids.newId();
        apply(speaker, request);
        identity.requireUnique(speaker);
        speaker.persist();
        em.flush();
        return SpeakerResponse.of(speaker);
    }

    public SpeakerResponse get(UUID id) {
        return SpeakerResponse.of(find(id));
    }

    @Transactional
    public SpeakerResponse replace(UUID id, SpeakerRequest request, Long expectedVersion) {
        SpeakerEntity speaker = find(id);
        ETags.requireMatch(speaker.version, expectedVersion);
        apply(speaker, request);
        identity.requireUnique(speaker);
        em.flush();
        return SpeakerResponse.of(speaker);
    }

    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        SpeakerEntity speaker = find(id);
        ETags.requireMatch(speaker.version, expectedVersion);
        speaker.delete();
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            throw ApiException.conflict("Speaker " + id + " still has statements; merge it into another speaker instead");
        }
    }

    /** Moves every statement and name of {@code fromId} onto {@code id} and deletes the duplicate. */
    @Transactional
    public SpeakerResponse merge(UUID id, UUID fromId) {
        if (id.equals(fromId)) {
            throw ApiException.invalid("from", "a speaker cannot be merged into itself");
        }
        // Lock both in id order so that two opposite merges cannot deadlock.
        SpeakerEntity first = lock(id.compareTo(fromId) < 0 ? id : fromId);
        SpeakerEntity second = lock(id.compareTo(fromId) < 0 ? fromId : id);
        SpeakerEntity into = first.id.equals(id) ? first : second;
        SpeakerEntity from = into == first ? second : first;
        List<String> names = new ArrayList<>(into.aliases);
        names.add(from.name);
        names.addAll(from.aliases);
        List<String> aliases = NameKeys.distinctAliases(into.name, names);
        if (aliases.size() > MAX_ALIASES) {
            throw ApiException.conflict("The merged speaker would have " + aliases.size()
                    + " aliases; at most " + MAX_ALIASES + " are allowed. Remove some aliases first");
        }
        into.aliases = aliases;
        merged.fire(new SpeakersMerged(from.id, into.id));
        from.delete();
        em.flush();
        return SpeakerResponse.of(into);
    }

    /**
     * The speaker a statement names: by id, else by name or alias, else a new speaker.
     * Runs in the caller's transaction; an advisory lock on the name key keeps two concurrent
     * requests from creating the same new speaker twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SpeakerEntity resolve(SpeakerRef ref, String field) {
        if (ref.id() != null) {
            SpeakerEntity byId = SpeakerEntity.findById(ref.id());
            if (byId == null) {
                throw new ApiException(422, "/problems/unknown-reference", "Unknown reference",
                        "Speaker " + ref.id() + " does not exist", List.of(
                        new FieldError(field + ".id", "no speaker has this id")));
            }
            return byId;
        }
        if (ref.name() == null || ref.name().isBlank() || NameKeys.key(ref.name()).isEmpty()) {
            throw ApiException.invalid(field, "give either id or name");
        }
        identity.lockName(ref.name());
        return identity.onlyMatch(ref.name(), field).orElseGet(() -> {
            SpeakerEntity created = new SpeakerEntity();
            created.id = Ids.newId();
            created.name = ref.name().strip();
            created.kind = ref.kind() == null ? SpeakerKind.PERSON : ref.kind();
            created.persist();
            return created;
        });
    }

    /**
     * Gives a speaker the title and affiliation an article's mention gave it ("Harbour Board spokesperson Tom Reyes"),
     * only where it has neither: a speaker an article just created, never one an editor described. Runs in the
     * caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void describeIfUndescribed(UUID id, String title, String affiliation) {
        SpeakerEntity speaker = SpeakerEntity.findById(id);
        if (speaker != null && speaker.title == null && speaker.affiliation == null && title != null) {
            speaker.title = title;
            speaker.affiliation = affiliation;
        }
    }

    /** Best match for a name: a canonical-name match before an alias match, then the oldest speaker. */
    public Optional<SpeakerEntity> findByName(String name) {
        @SuppressWarnings("unchecked")
        List<SpeakerEntity> found = em.createNativeQuery("""
                        select s.* from speaker s join speaker_name n on n.speaker_id = s.id
                        where n.name_key = statements_name_key(:name)
                        order by n.is_alias, s.id limit 1""", SpeakerEntity.class)
                .setParameter("name", name).getResultList();
        return found.stream().findFirst();
    }

    private void apply(SpeakerEntity speaker, SpeakerRequest request) {
        speaker.name = request.name().strip();
        speaker.kind = request.kind();
        speaker.title = request.title();
        speaker.affiliation = request.affiliation();
        speaker.aliases = NameKeys.distinctAliases(speaker.name, request.aliases());
        speaker.wikidataId = request.wikidataId();
    }

    private SpeakerEntity find(UUID id) {
        SpeakerEntity speaker = SpeakerEntity.findById(id);
        if (speaker == null) {
            throw ApiException.notFound("Speaker", id);
        }
        return speaker;
    }

    private SpeakerEntity lock(UUID id) {
        SpeakerEntity speaker = SpeakerEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (speaker == null) {
            throw ApiException.notFound("Speaker", id);
        }
        return speaker;
    }
}
