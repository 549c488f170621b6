package io.statements.bench;

import io.statements.search.AggregateQueries;
import io.statements.search.Facet;
import io.statements.search.SearchSort;
import io.statements.search.Sql;
import io.statements.search.StatementFilter;
import io.statements.search.StatementQueries;
import io.statements.search.TallyQueries;
import io.statements.statement.Channel;
import io.statements.statement.Stance;
import io.statements.statement.StatementKind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every filter and order of the search API, one query shape each, for EXPLAIN at full size. */
final class Shapes {

    private Shapes() {
    }

    static Map<String, Sql> all(UUID speaker, UUID outlet) {
        Instant from = Instant.parse("2020-03-01T00:00:00Z");
        Instant to = Instant.parse("2020-04-01T00:00:00Z");
        Map<String, Sql> shapes = new LinkedHashMap<>();
        shapes.put("newest first (no filter)", page(filter(null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null), SearchSort.REPORTED_DESC));
        shapes.put("oldest first", page(filter(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null), SearchSort.REPORTED_ASC));
        shapes.put("-stated_at", page(filter(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null), SearchSort.STATED_DESC));
        shapes.put("speaker", page(filter(null, List.of(speaker), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null), SearchSort.REPORTED_DESC));
        shapes.put("outlet, oldest first", page(filter(null, List.of(), List.of(outlet), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null), SearchSort.REPORTED_ASC));
        shapes.put("stance_target", page(filter(null, List.of(), List.of(), List.of(), List.of("Jordan"), List.of(),
                List.of(), List.of(), null, null), SearchSort.REPORTED_DESC));
        shapes.put("topic", page(filter(null, List.of(), List.of(), List.of(), List.of(), List.of("justice"),
                List.of(), List.of(), null, null), SearchSort.REPORTED_DESC));
        shapes.put("via", page(filter(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of("Anadolu"),
                List.of(), null, null), SearchSort.REPORTED_DESC));
        shapes.put("reported range", page(filter(null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), from, to), SearchSort.REPORTED_DESC));
        shapes.put("stance + kind + channel", page(new StatementFilter(null, List.of(), List.of(), List.of(),
                List.of(), List.of(Stance.UNCLEAR), List.of(), List.of(StatementKind.PARTIAL),
                List.of(Channel.PHONE_CALL), List.of(), List.of(), List.of("fr"), null, null, null, null, List.of(),
                List.of(), false), SearchSort.REPORTED_DESC));
        shapes.put("q, newest first", page(filter("pipeline", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null), SearchSort.REPORTED_DESC));
        shapes.put("q + outlet + range", page(filter("embargo", List.of(), List.of(outlet), List.of(), List.of(),
                List.of(), List.of(), List.of(), from, to), SearchSort.RELEVANCE));
        // as the API runs them since V31_1: from the running tallies (filters on speakers, stances and targets only)
        shapes.put("stances toward Israel", TallyQueries.stances(filter(null, List.of(), List.of(), List.of(),
                List.of("Israel"), List.of(), List.of(), List.of(), null, null), false, 20));
        shapes.put("stances of a speaker, per target", TallyQueries.stances(filter(null, List.of(speaker),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null), true, 20));
        shapes.put("stances of everything, per target", TallyQueries.stances(filter(null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null), true, 20));
        shapes.put("stances of everything, counted", AggregateQueries.stances(filter(null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null), true, 20));
        shapes.put("timeline of everything", TallyQueries.days());
        shapes.put("facets of a speaker", AggregateQueries.facets(filter(null, List.of(speaker), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null), EnumSet.allOf(Facet.class)));
        return shapes;
    }

    private static Sql page(StatementFilter f, SearchSort sort) {
        return StatementQueries.page(f, sort, null, 21);
    }

    private static StatementFilter filter(String q, List<UUID> speakers, List<UUID> outlets, List<Stance> stances,
                                          List<String> targets, List<String> topics, List<String> vias,
                                          List<String> languages, Instant after, Instant before) {
        return new StatementFilter(q, speakers, List.of(), outlets, List.of(), stances, targets, List.of(), List.of(),
                vias, topics, languages, after, before, null, null, List.of(), List.of(), false);
    }
}
