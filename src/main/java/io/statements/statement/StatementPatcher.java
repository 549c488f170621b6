package io.statements.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statements.article.ArticleRef;
import io.statements.common.ApiException;
import io.statements.common.JsonBodies;
import io.statements.outlet.OutletRef;
import io.statements.speaker.SpeakerRef;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Applies an RFC 7396 merge patch to a statement's request form. The references speaker, outlet and
 * article are replaced as a whole (a patch {"speaker": {"name": "X"}} means "speaker X", not "rename").
 */
@ApplicationScoped
class StatementPatcher {

    private static final Set<String> ATOMIC = Set.of("speaker", "outlet", "article");

    private final ObjectMapper mapper;
    private final JsonBodies bodies;

    StatementPatcher(ObjectMapper mapper, JsonBodies bodies) {
        this.mapper = mapper;
        this.bodies = bodies;
    }

    StatementRequest apply(StatementEntity current, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.invalid("body", "a merge patch must be a JSON object");
        }
        ObjectNode target = mapper.valueToTree(requestOf(current));
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                target.remove(field.getKey());
            } else if (ATOMIC.contains(field.getKey())) {
                target.set(field.getKey(), field.getValue());
            } else {
                target.set(field.getKey(), merge(target.get(field.getKey()), field.getValue()));
            }
        }
        return bodies.bindAndValidate(target, StatementRequest.class, Set.of());
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject() || target == null || !target.isObject()) {
            return patch;
        }
        ObjectNode result = ((ObjectNode) target).deepCopy();
        patch.fields().forEachRemaining(f -> {
            if (f.getValue().isNull()) {
                result.remove(f.getKey());
            } else {
                result.set(f.getKey(), merge(result.get(f.getKey()), f.getValue()));
            }
        });
        return result;
    }

    private static StatementRequest requestOf(StatementEntity s) {
        ArticleRef article = s.article == null ? null
                : new ArticleRef(s.article.url, s.article.title, s.article.publishedAt, s.article.language);
        return new StatementRequest(s.text, s.kind, new SpeakerRef(s.speaker.id, null, null),
                new OutletRef(s.outlet.id, null, null), article, s.cue, s.channel, s.via, s.stance, s.stanceTarget,
                s.topics, s.language, s.statedAt, s.reportedAt, s.origin, s.externalId);
    }
}
