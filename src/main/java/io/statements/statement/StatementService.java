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
            + " left join fetch s.article";

    private final EntityManager em;
    private final SpeakerService speakers;
    private final OutletService outlets;
    private final ArticleService articles;
    private final StatementPatcher patcher;

    StatementService(EntityManager em, SpeakerService speakers, OutletService outlets, ArticleService articles,
                     StatementPatcher patcher) {
        this.em = em;
        this.speakers = speakers;
        this.outlets = outlets;
        this.articles = articles;
        this.patcher = patcher;
    }

    @Transactional
    public StatementResponse create(StatementRequest request) {
        StatementEntity statement = new StatementEntity();
        statement.id = Ids.newId();
        apply(statement, request);
        statement.persist();
        em.flush();
        return StatementResponse.of(statement);
    }

    public StatementResponse get(UUID id) {
        return StatementResponse.of(find(id));
    }

    @Transactional
    public StatementResponse replace(UUID id, StatementRequest request, Long expectedVersion) {
        StatementEntity statement = find(id);
        ETags.requireMatch(statement.version, expectedVersion);
        apply(statement, request);
        em.flush();
        return StatementResponse.of(statement);
    }

    /** JSON Merge Patch (RFC 7396) applied to the statement's request form, then validated like a PUT. */
    @Transactional
    public StatementResponse patch(UUID id, JsonNode mergePatch, Long expectedVersion) {
        StatementEntity statement = find(id);
        ETags.requireMatch(statement.version, expectedVersion);
        apply(statement, patcher.apply(statement, mergePatch));
        em.flush();
        return StatementResponse.of(statement);
    }

    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        StatementEntity statement = find(id);
        ETags.requireMatch(statement.version, expectedVersion);
        statement.delete();
    }

    /** Moves the duplicate speaker's statements, bumping their versions: their representation changed. */
    void onSpeakersMerged(@Observes SpeakersMerged merge) {
        em.createQuery("update StatementEntity s set s.speaker = :into, s.version = s.version + 1,"
                        + " s.updatedAt = :now where s.speaker.id = :from")
                .setParameter("into", em.getReference(SpeakerEntity.class, merge.into()))
                .setParameter("from", merge.from())
                .setParameter("now", Timestamps.now())
                .executeUpdate();
    }

    private void apply(StatementEntity s, StatementRequest r) {
        s.text = r.text().strip();
        s.kind = r.kind();
        s.speaker = speakers.resolve(r.speaker(), "speaker");
        s.outlet = outlets.resolve(r.outlet(), "outlet");
        s.article = r.article() == null ? null : articles.resolve(r.article(), s.outlet, "article");
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
    }

    private StatementEntity find(UUID id) {
        return em.createQuery(FETCH + " where s.id = :id", StatementEntity.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("Statement", id));
    }

    private static List<String> distinctTopics(List<String> topics) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String topic : topics == null ? List.<String>of() : topics) {
            String t = topic.strip();
            byKey.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
        }
        return new ArrayList<>(byKey.values());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
