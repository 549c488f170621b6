package io.statements.statement;

import com.fasterxml.jackson.databind.JsonNode;
import io.statements.article.ArticleService;
import io.statements.common.ApiException;
import io.statements.common.ETags;
import io.statements.common.Ids;
import io.statements.common.Timestamps;
import io.statements.outlet.OutletService;
import io.statements.speaker.SpeakerEntity;
import io.statements.speaker.SpeakerService;
import io.statements.speaker.SpeakersMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class StatementService {

    private static final String FETCH = "from StatementEntity s join fetch s.speaker join fetch s.outlet"
            + " left join fetch s.article left join fetch s.utterance";

    private final EntityManager em;
    private final SpeakerService speakers;
    private final OutletService outlets;
    private final ArticleService articles;
    private final StatementPatcher patcher;
    private final Event<StatementChanged> changed;

    StatementService(EntityManager em, SpeakerService speakers, OutletService outlets, ArticleService articles,
                     StatementPatcher patcher, Event<StatementChanged> changed) {
        this.em = em;
        this.speakers = speakers;
        this.outlets = outlets;
        this.articles = articles;
        this.patcher = patcher;
        this.changed = changed;
    }

    /** Creates a statement, or returns the existing one with the same natural key. */
    @Transactional
    public StatementResponse create(StatementRequest request) {
        return createOrFind(request).statement();
    }

    /**
     * Like {@link #create} but tells whether the statement is new. Two racing creates of the same statement:
     * the loser fails on the unique index statement_natural_key and, retried, finds the winner's row.
     */
    @Transactional
    public StatementCreation createOrFind(StatementRequest request) {
        StatementEntity statement = new StatementEntity();
        statement.id = Ids.newId();
        apply(statement, request);
        var existing = NaturalKey.findByExternalId(em, statement).or(() -> NaturalKey.find(em, statement));
        if (existing.isPresent()) {
            return new StatementCreation(get(existing.get()), false);
        }
        statement.persist();
        em.flush();
        changed.fire(StatementChanged.of(StatementChanged.Type.CREATED, statement.id));
        return new StatementCreation(StatementResponse.of(relinked(statement)), true);
    }

    public StatementResponse get(UUID id) {
        return StatementResponse.of(find(id));
    }

    /** The statements that still exist among {@code ids}, by id, loaded in one query. */
    public Map<UUID, StatementResponse> getAll(java.util.Collection<UUID> ids) {
        Map<UUID, StatementResponse> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(FETCH + " where s.id in :ids", StatementEntity.class).setParameter("ids", ids)
                    .getResultStream().forEach(s -> found.put(s.id, StatementResponse.of(s)));
        }
        return found;
    }

    @Transactional
    public StatementResponse replace(UUID id, StatementRequest request, Long expectedVersion) {
        StatementEntity statement = find(id);
        ETags.requireMatch(statement.version, expectedVersion);
        apply(statement, request);
        flushUpdate(statement);
        return StatementResponse.of(relinked(statement));
    }

    /**
     * An ingestion job's upsert of the outlet's statement with {@code externalId}: applies the request when it
     * changes the statement (a new version and an UPDATED change), else leaves it alone. False when nothing
     * changed or the statement carries another external id (it was found by its natural key).
     */
    @Transactional
    public boolean updateFromJob(UUID id, StatementRequest request, String externalId, Origin defaultOrigin) {
        StatementEntity statement = find(id);
        if (!externalId.equals(statement.externalId)) {
            return false;
        }
        StatementResponse before = StatementResponse.of(statement);
        apply(statement, request);
        statement.externalId = externalId;
        if (request.origin() == null) {
            statement.origin = defaultOrigin;
        }
        if (before.equals(StatementResponse.of(statement))) {
            return false;
        }
        flushUpdate(statement);
        return true;
    }

    /** JSON Merge Patch (RFC 7396) applied to the statement's request form, then validated like a PUT. */
    @Transactional
    public StatementResponse patch(UUID id, JsonNode mergePatch, Long expectedVersion) {
        StatementEntity statement = find(id);
        ETags.requireMatch(statement.version, expectedVersion);
        apply(statement, patcher.apply(statement, mergePatch));
        flushUpdate(statement);
        return StatementResponse.of(relinked(statement));
    }

    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        StatementEntity statement = find(id);
        ETags.requireMatch(statement.version, expectedVersion);
        statement.delete();
        em.flush();
        changed.fire(StatementChanged.of(StatementChanged.Type.DELETED, id));
    }

    /** Moves the duplicate speaker's statements, bumping their versions: their representation changed. */
    void onSpeakersMerged(@Observes SpeakersMerged merge) {
        List<UUID> moved = em.createQuery("select s.id from StatementEntity s where s.speaker.id = :from", UUID.class)
                .setParameter("from", merge.from()).getResultList();
        em.createQuery("update StatementEntity s set s.speaker = :into, s.version = s.version + 1,"
                        + " s.updatedAt = :now, s.updatedBy = :actor where s.speaker.id = :from")
                .setParameter("into", em.getReference(SpeakerEntity.class, merge.into()))
                .setParameter("from", merge.from())
                .setParameter("now", Timestamps.now())
                .setParameter("actor", io.statements.common.CurrentActor.get())
                .executeUpdate();
        if (!moved.isEmpty()) {
            changed.fire(new StatementChanged(StatementChanged.Type.MERGED, moved));
        }
    }

    /** Flushes an update; a lost race or a clash with another statement's natural key is mapped in common. */
    private void flushUpdate(StatementEntity statement) {
        em.flush();
        changed.fire(StatementChanged.of(StatementChanged.Type.UPDATED, statement.id));
    }

    /** Observers of StatementChanged (the utterance linker) change the utterance columns in SQL: read them back. */
    private StatementEntity relinked(StatementEntity statement) {
        em.refresh(statement);
        if (statement.utterance != null) {
            em.refresh(statement.utterance);
        }
        return statement;
    }

    private void apply(StatementEntity s, StatementRequest r) {
        // References first: their lookups flush pending changes, and a statement changed before them would be
        // written (and its version bumped) twice in one update.
        var speaker = speakers.resolve(r.speaker(), "speaker");
        var outlet = outlets.resolve(r.outlet(), "outlet");
        var article = r.article() == null ? null : articles.resolve(r.article(), outlet, "article");
        s.text = r.text().strip();
        s.kind = r.kind();
        s.speaker = speaker;
        s.outlet = outlet;
        s.article = article;
        s.cue = blankToNull(r.cue());
        s.channel = r.channel();
        s.via = blankToNull(r.via());
        s.stance = r.stance();
        s.stanceTarget = blankToNull(r.stanceTarget());
        s.topics = distinctTopics(r.topics());
        s.language = r.language();
        s.statedAt = Timestamps.stored(r.statedAt());
        s.reportedAt = Timestamps.stored(r.reportedAt() != null || s.article == null ? r.reportedAt()
                : s.article.publishedAt);
        s.origin = r.origin() == null ? Origin.MANUAL : r.origin();
        s.externalId = blankToNull(r.externalId());
    }

    private StatementEntity find(UUID id) {
        return em.createQuery(FETCH + " where s.id = :id", StatementEntity.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("Statement", id));
    }

    public static List<String> distinctTopics(List<String> topics) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String topic : topics == null ? List.<String>of() : topics) {
            String t = topic.strip();
            byKey.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
        }
        return new ArrayList<>(byKey.values());
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
