package io.statements.article.evidence;

import io.statements.article.ArticleEntity;
import io.statements.common.ApiException;
import io.statements.extraction.OffsetRange;
import io.statements.extraction.ResolvedSpeaker;
import io.statements.extraction.TextRange;
import io.statements.outlet.OutletSummary;
import io.statements.speaker.SpeakerKind;
import io.statements.statement.Channel;
import io.statements.statement.Origin;
import io.statements.statement.StatementKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads an article with its statements and their extraction evidence in one query (statement, speaker and
 * evidence joined); the evidence table is written by ArticleIngestService.
 */
@ApplicationScoped
public class ArticleViews {

    private static final String STATEMENTS = """
            select s.id, s.text, s.kind, s.cue, s.channel, s.via, s.origin, s.version,
                   sp.id as speaker_id, sp.name, sp.kind as speaker_kind,
                   e.content_start, e.content_end, e.cue_start, e.cue_end, e.cue_text,
                   e.mention_start, e.mention_end, e.mention_text, e.confidence,
                   array_to_string(e.segments, ',') as segments
            from statement s join speaker sp on sp.id = s.speaker_id
            left join statement_evidence e on e.statement_id = s.id
            where s.article_id = :id
            order by e.content_start nulls last, e.position, s.id""";

    private final EntityManager em;

    ArticleViews(EntityManager em) {
        this.em = em;
    }

    public ArticleResponse get(UUID id) {
        ArticleEntity a = ArticleEntity.findById(id);
        if (a == null) {
            throw ApiException.notFound("Article", id);
        }
        Number length = (Number) em.createNativeQuery("select char_length(text) from article where id = :id")
                .setParameter("id", id).getSingleResult();
        return new ArticleResponse(a.id, a.url, a.title, a.publishedAt, a.language, OutletSummary.of(a.outlet),
                length == null ? null : length.intValue(), a.extractedAt, a.createdAt, statements(id),
                a.createdBy, a.updatedBy);
    }

    private List<ArticleStatement> statements(UUID articleId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(STATEMENTS, Tuple.class).setParameter("id", articleId)
                .getResultList();
        return rows.stream().map(ArticleViews::statement).toList();
    }

    private static ArticleStatement statement(Tuple r) {
        OffsetRange content = r.get("content_start") == null ? null
                : new OffsetRange(num(r, "content_start"), num(r, "content_end"));
        TextRange cue = r.get("cue_start") == null ? null
                : new TextRange(num(r, "cue_start"), num(r, "cue_end"), r.get("cue_text", String.class));
        TextRange mention = r.get("mention_start") == null ? null
                : new TextRange(num(r, "mention_start"), num(r, "mention_end"), r.get("mention_text", String.class));
        String channel = r.get("channel", String.class);
        Number confidence = r.get("confidence", Number.class);
        return new ArticleStatement(r.get("id", UUID.class), r.get("text", String.class),
                StatementKind.valueOf(r.get("kind", String.class)), content,
                segments(r.get("segments", String.class), content), r.get("cue", String.class), cue, mention,
                new ResolvedSpeaker(r.get("speaker_id", UUID.class), r.get("name", String.class),
                        SpeakerKind.valueOf(r.get("speaker_kind", String.class))),
                r.get("via", String.class), channel == null ? null : Channel.valueOf(channel),
                confidence == null ? null : confidence.doubleValue(), Origin.valueOf(r.get("origin", String.class)),
                r.get("version", Number.class).longValue());
    }

    /** Flattened start/end pairs; evidence stored before segments existed has its content as the one segment. */
    private static List<OffsetRange> segments(String pairs, OffsetRange content) {
        if (pairs == null || pairs.isEmpty()) {
            return content == null ? null : List.of(content);
        }
        String[] n = pairs.split(",");
        List<OffsetRange> res = new ArrayList<>(n.length / 2);
        for (int i = 0; i + 1 < n.length; i += 2) {
            res.add(new OffsetRange(Integer.parseInt(n[i]), Integer.parseInt(n[i + 1])));
        }
        return res;
    }

    private static int num(Tuple row, String column) {
        return row.get(column, Number.class).intValue();
    }
}
