package io.statements.search;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.statements.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts per period. The database groups by day once (at most a few thousand rows even over decades); weeks and
 * months are rolled up here, so choosing the interval automatically costs no second query.
 */
@ApplicationScoped
public class Timelines {

    static final int AUTO_MAX_BUCKETS = 120;
    private static final Set<String> PARAMS = SearchApi.with(FilterParams.NAMES, "interval");
    private static final List<String> INTERVALS = List.of("DAY", "WEEK", "MONTH");

    private final SearchDatabase database;
    private final StatementSearch search;

    Timelines(SearchDatabase database, StatementSearch search) {
        this.database = database;
        this.search = search;
    }

    public Uni<Timeline> timeline(FilterParams params, String interval, MultivaluedMap<String, String> query) {
        Params.requireKnown(query, PARAMS, SearchApi.MULTI_VALUED);
        String requested = interval == null ? null : interval.trim().toUpperCase(Locale.ROOT);
        if (requested != null && !INTERVALS.contains(requested)) {
            throw ApiException.invalid("interval", "'" + interval + "' is not one of DAY, WEEK, MONTH");
        }
        StatementFilter filter = StatementFilter.parse(params);
        return FilterResolver.resolve(database, filter)
                .chain(resolved -> database.query(resolved.matchesEverything() ? TallyQueries.days()
                        : AggregateQueries.days(resolved)))
                .chain(rows -> {
                    Map<LocalDate, Long> days = new LinkedHashMap<>();
                    for (Row row : rows) {
                        days.put(row.getLocalDate(0), row.getLong(1));
                    }
                    String chosen = requested != null ? requested : automatic(days);
                    Timeline timeline = new Timeline(chosen, rollUp(days, chosen));
                    if (filter.q() != null && days.isEmpty()) {
                        return search.requireSearchableWords(filter).replaceWith(timeline);
                    }
                    return Uni.createFrom().item(timeline);
                })
                .onFailure(PgException.class).transform(e -> new IllegalStateException("timeline query failed", e));
    }

    private static String automatic(Map<LocalDate, Long> days) {
        if (days.isEmpty()) {
            return "DAY";
        }
        LocalDate first = days.keySet().iterator().next();
        LocalDate last = first;
        for (LocalDate d : days.keySet()) {
            last = d;
        }
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        if (span <= AUTO_MAX_BUCKETS) {
            return "DAY";
        }
        return span / 7 + 1 <= AUTO_MAX_BUCKETS ? "WEEK" : "MONTH";
    }

    private static List<Timeline.Bucket> rollUp(Map<LocalDate, Long> days, String interval) {
        Map<LocalDate, Long> periods = new LinkedHashMap<>();
        days.forEach((day, n) -> periods.merge(start(day, interval), n, Long::sum));
        List<Timeline.Bucket> items = new ArrayList<>(periods.size());
        periods.forEach((start, n) -> items.add(new Timeline.Bucket(start, n)));
        return items;
    }

    private static LocalDate start(LocalDate day, String interval) {
        return switch (interval) {
            case "WEEK" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "MONTH" -> day.withDayOfMonth(1);
            default -> day;
        };
    }
}
