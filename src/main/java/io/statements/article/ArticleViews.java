package io.statements.article;

import io.statements.extraction.OffsetRange;
import io.statements.extraction.TextRange;
import io.statements.extraction.ResolvedSpeaker;

import io.statements.common.ApiException;
import io.statements.outlet.OutletSummary;
import io.statements.speaker.SpeakerKind;
import io.statements.statement.Channel;
import io.statements.statement.Origin;
import io.statements.statement.StatementKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads an article with its statements and their extraction evidence. Plain SQL because the statement
 * package already depends on this one; the evidence table is written by ArticleIngestService.
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
        List<Object[]> rows = em.createNativeQuery(STATEMENTS).setParameter("id", articleId).getResultList();
        return rows.stream().map(ArticleViews::statement).toList();
    }

    private static ArticleStatement statement(Object[] r) {
        OffsetRange content = r[11] == null ? null : new OffsetRange(num(r[11]), num(r[12]));
        TextRange cue = r[13] == null ? null : new TextRange(num(r[13]), num(r[14]), (String) r[15]);
        TextRange mention = r[16] == null ? null : new TextRange(num(r[16]), num(r[17]), (String) r[18]);
        return new ArticleStatement((UUID) r[0], (String) r[1], StatementKind.valueOf((String) r[2]), content,
                segments((String) r[20], content), cue,
                mention, new ResolvedSpeaker((UUID) r[8], (String) r[9], SpeakerKind.valueOf((String) r[10])),
                (String) r[5], r[4] == null ? null : Channel.valueOf((String) r[4]),
                r[19] == null ? null : ((Number) r[19]).doubleValue(), Origin.valueOf((String) r[6]),
                ((Number) r[7]).longValue());
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

    private static int num(Object value) {
        return ((Number) value).intValue();
    }
}
