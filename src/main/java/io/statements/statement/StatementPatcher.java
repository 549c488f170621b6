package io.statements.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statements.article.ArticleRef;
import io.statements.common.ApiException;
import io.statements.outlet.OutletRef;
import io.statements.speaker.SpeakerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

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
    private final Validator validator;

    StatementPatcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
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
        StatementRequest merged;
        try {
            merged = mapper.treeToValue(target, StatementRequest.class);
        } catch (JsonProcessingException e) {
            throw new jakarta.ws.rs.BadRequestException(e); // rendered by the JSON problem mapper
        }
        Set<ConstraintViolation<StatementRequest>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
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
                s.topics, s.language, s.statedAt, s.reportedAt, s.origin);
    }
}
