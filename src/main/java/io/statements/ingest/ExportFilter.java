package io.statements.ingest;

import io.statements.common.ApiException;
import io.statements.statement.Origin;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * The filters of an export, all in one place: when the statement search gains its filters, this is the one class
 * to point at them. Each condition is a JPQL fragment over {@code s} (StatementEntity) with its parameter.
 */
record ExportFilter(UUID speakerId, UUID outletId, Origin origin, String language, Instant reportedFrom,
                    Instant reportedTo) {

    static ExportFilter of(String speakerId, String outletId, String origin, String language, String reportedFrom,
                           String reportedTo) {
        return new ExportFilter(uuid("speaker_id", speakerId), uuid("outlet_id", outletId), origin(origin),
                language(language), instant("reported_from", reportedFrom), instant("reported_to", reportedTo));
    }

    private record Condition(String jpql, String parameter, Object value) {
    }

    private java.util.List<Condition> conditions() {
        return java.util.stream.Stream.of(
                        new Condition("s.speaker.id = :speakerId", "speakerId", speakerId),
                        new Condition("s.outlet.id = :outletId", "outletId", outletId),
                        new Condition("s.origin = :origin", "origin", origin),
                        new Condition("s.language = :language", "language", language),
                        new Condition("s.reportedAt >= :reportedFrom", "reportedFrom", reportedFrom),
                        new Condition("s.reportedAt < :reportedTo", "reportedTo", reportedTo))
                .filter(c -> c.value() != null).toList();
    }

    /** " and ..." for every filter given. */
    String jpql() {
        StringBuilder sb = new StringBuilder();
        conditions().forEach(c -> sb.append(" and ").append(c.jpql()));
        return sb.toString();
    }

    void bind(TypedQuery<?> query) {
        conditions().forEach(c -> query.setParameter(c.parameter(), c.value()));
    }

    private static UUID uuid(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "must be a UUID");
        }
    }

    private static Origin origin(String value) {
        try {
            return value == null || value.isBlank() ? null : Origin.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("origin", "must be one of MANUAL, IMPORTED, EXTRACTED");
        }
    }

    private static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 35 || !value.strip().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            throw ApiException.invalid("language", "must be a language tag such as en or pt-BR");
        }
        return value.strip();
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 UTC timestamp such as 2024-03-01T00:00:00Z");
        }
    }
}
