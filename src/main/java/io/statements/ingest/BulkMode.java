package io.statements.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.statements.common.ApiException;

/**
 * How a bulk line whose external_id the outlet already has is treated: {@code create} (the default) reports it as
 * DUPLICATE and changes nothing; {@code upsert} updates the stored statement when the line's content differs.
 */
final class BulkMode {

    static final String CREATE = "create";
    static final String UPSERT = "upsert";

    private BulkMode() {
    }

    /** True for upsert, false for create, null when absent. */
    static Boolean parse(String field, String value) {
        if (value == null) {
            return null;
        }
        if (CREATE.equals(value)) {
            return false;
        }
        if (UPSERT.equals(value)) {
            return true;
        }
        throw ApiException.invalid(field, "must be create or upsert");
    }

    static Boolean parse(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.invalid(field, "must be create or upsert");
        }
        return parse(field, value.asText());
    }
}
