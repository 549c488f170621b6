package io.statements.search;

import io.statements.common.ApiException;
import io.statements.common.Timestamps;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Query-parameter parsing: every failure is a 400 naming the parameter. */
final class Params {

    static final int MAX_VALUES = 50;
    static final int MAX_VALUE_LENGTH = 300;

    private Params() {
    }

    /** Refuses parameters the endpoint does not know, and repeats of single-valued ones. */
    static void requireKnown(MultivaluedMap<String, String> query, Set<String> known, Set<String> multiValued) {
        if (!known.containsAll(query.keySet())) {
            Set<String> unknown = new TreeSet<>(query.keySet());
            unknown.removeAll(known);
            String name = unknown.iterator().next();
            throw ApiException.invalid(name.length() > 100 ? name.substring(0, 100) : name,
                    "unknown parameter; allowed: " + String.join(", ", new TreeSet<>(known)));
        }
        query.forEach((name, values) -> {
            if (!multiValued.contains(name) && values.size() > 1) {
                throw ApiException.invalid(name, "give this parameter at most once");
            }
        });
    }

    /** Repeated and comma-separated values, trimmed, without blanks or repeats. */
    static List<String> list(String name, List<String> raw, int maxLength) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String item : raw) {
            for (String value : item.split(",")) {
                String v = value.strip();
                if (v.length() > maxLength) {
                    throw ApiException.invalid(name, "each value has at most " + maxLength + " characters");
                }
                if (!v.isEmpty()) {
                    checkText(name, v);
                    values.add(v);
                }
            }
        }
        if (values.isEmpty()) {
            throw ApiException.invalid(name, "must not be empty");
        }
        if (values.size() > MAX_VALUES) {
            throw ApiException.invalid(name, "at most " + MAX_VALUES + " values");
        }
        return List.copyOf(values);
    }

    static List<UUID> uuids(String name, List<String> raw) {
        return map(name, list(name, raw, 36), v -> UUID.fromString(v), () -> "must be UUIDs");
    }

    static <E extends Enum<E>> List<E> enums(String name, List<String> raw, Class<E> type) {
        return map(name, list(name, raw, 40), v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)),
                () -> "must be one of " + String.join(", ",
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    static List<String> lowerCase(String name, List<String> raw) {
        return list(name, raw, MAX_VALUE_LENGTH).stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** A whole number; range checks are the caller's (e.g. {@code Paging.limit}). */
    static Integer integer(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a whole number");
        }
    }

    /** An RFC 3339 instant, or a calendar day meaning its start in UTC. */
    static Instant instant(String name, String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        try {
            return Timestamps.requireInRange(name, v.length() == 10 ? day(v).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : java.time.OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 timestamp (2024-05-01T12:00:00Z) or a day (2024-05-01)");
        }
    }

    /** yyyy-mm-dd read by hand: DateTimeFormatter's general parser costs more than the rest of a filter's parsing. */
    private static LocalDate day(String v) {
        if (v.charAt(4) != '-' || v.charAt(7) != '-') {
            throw new DateTimeException("not a day");
        }
        return LocalDate.of(digits(v, 0, 4), digits(v, 5, 7), digits(v, 8, 10));
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a day");
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static void requireOrdered(String after, Instant from, String before, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.invalid(before, "must be later than " + after);
        }
    }

    /** PostgreSQL text cannot hold NUL, and control characters are never meaningful in a search. */
    static void checkText(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw ApiException.invalid(name, "must not contain control characters");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(++i)))) {
                throw ApiException.invalid(name, "must be valid Unicode text");
            }
        }
    }

    private static <T> List<T> map(String name, List<String> values, Function<String, T> parse,
                                   Supplier<String> message) {
        List<T> parsed = new ArrayList<>(values.size());
        for (String v : values) {
            try {
                parsed.add(parse.apply(v));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid(name, "'" + v + "' is invalid: " + message.get());
            }
        }
        return List.copyOf(parsed);
    }
}
