package io.statements.ops;

import io.quarkus.arc.Unremovable;
import io.smallrye.health.api.HealthContentFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Objects;

/**
 * Health output keeps each check's name, status and data keys, but the data of a DOWN check says only "DOWN":
 * the datasource checks would otherwise publish the driver's error text (host names, ports, users) to anyone who
 * can reach the probe port. The full text goes to the log instead, once per change.
 */
@Unremovable // looked up by SmallRye Health through Instance<HealthContentFilter>
@ApplicationScoped
class HealthDetails implements HealthContentFilter {

    private static final Logger LOG = Logger.getLogger(HealthDetails.class);
    private volatile String lastLogged;

    @Override
    public JsonObject filter(JsonObject health) {
        if (!health.containsKey("checks") || health.get("checks").getValueType() != JsonValue.ValueType.ARRAY) {
            return health;
        }
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (JsonValue value : health.getJsonArray("checks")) {
            checks.add(value instanceof JsonObject check ? redact(check) : value);
        }
        JsonObjectBuilder out = Json.createObjectBuilder(health);
        return out.add("checks", checks).build();
    }

    private JsonObject redact(JsonObject check) {
        JsonValue data = check.get("data");
        if (!"DOWN".equals(check.getString("status", "")) || !(data instanceof JsonObject details)) {
            return check;
        }
        String text = check.getString("name", "") + ": " + details;
        if (!Objects.equals(text, lastLogged)) {
            lastLogged = text;
            LOG.warnf("Health check DOWN: %s", text);
        }
        JsonObjectBuilder redacted = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : details.entrySet()) {
            redacted.add(entry.getKey(), "DOWN");
        }
        return Json.createObjectBuilder(check).add("data", redacted).build();
    }
}
