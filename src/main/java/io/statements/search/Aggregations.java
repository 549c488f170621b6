package io.statements.search;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.statements.common.ApiException;
import io.statements.speaker.SpeakerKind;
import io.statements.speaker.SpeakerSummary;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facet counts and stance tallies over the statements matching the search filters. They run on the search database
 * ({@link SearchDatabase}): without blocking a worker thread for the seconds a large count can take, and on the read
 * replica when one is configured, with the same read-your-writes rule as the search itself.
 */
@ApplicationScoped
public class Aggregations {

    static final int DEFAULT_STANCE_ROWS = 20;
    /**
     * How many times the exact limit the statistics must expect before the facets skip the exact count: the words'
     * shares are estimates (words that occur together are underestimated, so this errs toward counting).
     */
    private static final int SURELY_OVER = 4;
    private static final Set<String> FACET_PARAMS = SearchApi.with(FilterParams.NAMES, "facet", "collapse");
    private static final Set<String> STANCE_PARAMS = SearchApi.with(FilterParams.NAMES, "limit");

    private final SearchDatabase database;
    private final StatementSearch search;
    private final SearchConfig config;
    private final Cache statisticsFacets;

    Aggregations(SearchDatabase database, StatementSearch search, SearchConfig config,
                 @CacheName("statistics-facets") Cache statisticsFacets) {
        this.database = database;
        this.search = search;
        this.config = config;
        this.statisticsFacets = statisticsFacets;
    }

    /** With collapse=utterance, each value counts the utterances reported rather than the statements. */
    public Uni<Facets> facets(FilterParams params, List<String> facetNames, String collapse,
                              MultivaluedMap<String, String> query) {
        boolean collapsed = SearchApi.collapsed(collapse);
        Params.requireKnown(query, FACET_PARAMS, SearchApi.MULTI_VALUED);
        StatementFilter filter = StatementFilter.parse(params);
        Set<Facet> requested = Facet.parse(facetNames);
        return FilterResolver.resolve(database, filter)
                .chain(resolved -> resolved.matchesEverything() && !collapsed
                        ? fromStatistics(resolved, requested) : count(resolved, requested, collapsed))
                .chain(facets -> {
                    if (filter.q() != null && facets.isEmpty()) {
                        return search.requireSearchableWords(filter).replaceWith(facets.value());
                    }
                    return Uni.createFrom().item(facets.value());
                })
                .onFailure(PgException.class).transform(e -> new IllegalStateException("facet query failed", e));
    }

    /**
     * Every statement's facets: from the column statistics when they can answer (a table past the exact limit,
     * {@link AggregateQueries#facetsFromStatistics}), so that the page's first view reads no statement; else counted.
     * The statistics' answer is kept per requested facets and per time of the table's last ANALYZE (they change only
     * then; quarkus.cache.caffeine."statistics-facets" bounds how long, as a replica does not know that time).
     */
    private Uni<Counted> fromStatistics(StatementFilter all, Set<Facet> requested) {
        return database.query(AggregateQueries.lastAnalyzed())
                .map(rows -> new StatisticsKey(requested, rows.iterator().next().getOffsetDateTime(0)))
                .chain(key -> statisticsFacets.<StatisticsKey, Optional<Counted>>getAsync(key, k -> statistics(requested)))
                .chain(answer -> answer.isPresent() ? Uni.createFrom().item(answer.get()) : count(all, requested, false));
    }

    /** Empty when the statistics cannot answer (a table within the exact limit, or columns not yet analyzed). */
    private Uni<Optional<Counted>> statistics(Set<Facet> requested) {
        return database.query(AggregateQueries.facetsFromStatistics(requested, config.facetExactLimit()))
                .map(rows -> rows.size() > 0 && rows.iterator().next().getBoolean(4)
                        ? Optional.of(facets(rows, requested, true)) : Optional.empty());
    }

    private record StatisticsKey(Set<Facet> facets, OffsetDateTime analyzed) {
    }

    /**
     * Exact counts of at most the exact limit's matches; past it, the counts of a block sample of the table scaled
     * up (or exact counts when the table is about the sample's size anyway). A search by words alone that the
     * statistics expect to match several times the limit goes to the sample at once: reading the limit's 50,000
     * matches first, only to find there are more, cost 0.6-0.8 s for a word in 1.5 % of 10M statements (#16). Any
     * other search by words alone is first counted on the text index's sample of one statement in eight, which
     * answers when it puts the matches above the words' exact limit (#16: the facets of 10,271 matches cost ~50 ms of
     * PostgreSQL a request counted exactly), or when the words' postings make an exact count costly whatever the
     * matches (two common words that rarely meet: "fair wages", 3,729 matches of 10M, ~60 ms in the intersection).
     */
    private Uni<Counted> count(StatementFilter resolved, Set<Facet> requested, boolean collapsed) {
        if (resolved.q() == null || !resolved.onlyWordsAndLanguages()) {
            return countUpToLimit(resolved, requested, collapsed);
        }
        return database.query(AggregateQueries.tableAndExpectedMatches(resolved)).chain(rows -> {
            Row row = rows.iterator().next();
            double percent = samplePercent(row.getLong(0));
            boolean clearlyOver = row.getDouble(1) > SURELY_OVER * config.facetExactLimit();
            boolean costlyPostings = row.getDouble(2) > config.facetWordsExactPostings();
            if (percent == 0) {
                return countUpToLimit(resolved, requested, collapsed, Uni.createFrom().item(percent));
            }
            return clearlyOver ? sampled(resolved, requested, collapsed, percent)
                    : fromIndexSample(resolved, requested, collapsed, percent, costlyPostings);
        });
    }

    /**
     * The sample answers when it puts the matches above the words' exact limit, or when counting them exactly would
     * read more postings than the words' postings bound and the sample holds enough matches to estimate from.
     */
    private Uni<Counted> fromIndexSample(StatementFilter wordsOnly, Set<Facet> requested, boolean collapsed,
                                         double percent, boolean costlyPostings) {
        return database.query(AggregateQueries.facetsOfIndexSample(wordsOnly, requested, collapsed)).chain(rows -> {
            long sampled = rows.size() > 0 ? rows.iterator().next().getLong("matched") : 0;
            if (sampled * AggregateQueries.INDEX_SAMPLE_SCALE > config.facetWordsExactLimit()
                    || costlyPostings && sampled >= config.facetWordsSampleMin()) {
                return Uni.createFrom().item(facets(rows, requested, true));
            }
            return countUpToLimit(wordsOnly, requested, collapsed, Uni.createFrom().item(percent));
        });
    }

    /** The table's size (for the sample) is read only if the count goes past the limit. */
    private Uni<Counted> countUpToLimit(StatementFilter resolved, Set<Facet> requested, boolean collapsed) {
        return countUpToLimit(resolved, requested, collapsed, database.query(new Sql().add(AggregateQueries.TABLE_ROWS))
                .map(table -> samplePercent(table.iterator().hasNext() ? table.iterator().next().getLong(0) : 0)));
    }

    private Uni<Counted> countUpToLimit(StatementFilter resolved, Set<Facet> requested, boolean collapsed,
                                       Uni<Double> samplePercent) {
        int exactLimit = config.facetExactLimit();
        return database.query(AggregateQueries.facets(resolved, requested, collapsed, 0, exactLimit))
                .chain(rows -> {
                    boolean overLimit = rows.size() > 0 && rows.iterator().next().getLong("matched") > exactLimit;
                    if (!overLimit) {
                        return Uni.createFrom().item(facets(rows, requested, false));
                    }
                    return samplePercent.chain(percent -> percent == 0
                            ? database.query(AggregateQueries.facets(resolved, requested, collapsed))
                            .map(all -> facets(all, requested, false))
                            : sampled(resolved, requested, collapsed, percent));
                });
    }

    private Uni<Counted> sampled(StatementFilter resolved, Set<Facet> requested, boolean collapsed, double percent) {
        return database.query(AggregateQueries.facets(resolved, requested, collapsed, percent))
                .map(sampled -> facets(sampled, requested, true));
    }

    private record Counted(Facets value, boolean isEmpty) {
    }

    private static Counted facets(Iterable<Row> rows, Set<Facet> requested, boolean approximate) {
        Map<Facet, List<FacetValue>> values = new EnumMap<>(Facet.class);
        requested.forEach(f -> values.put(f, new ArrayList<>()));
        for (Row row : rows) {
            values.get(Facet.valueOf(row.getString(0).toUpperCase())).add(
                    new FacetValue(row.getUUID(1), row.getString(2), row.getLong(3)));
        }
        return new Counted(new Facets(values.get(Facet.SPEAKER), values.get(Facet.OUTLET), values.get(Facet.STANCE),
                values.get(Facet.STANCE_TARGET), values.get(Facet.CHANNEL), values.get(Facet.TOPIC),
                values.get(Facet.LANGUAGE), approximate), values.values().stream().allMatch(List::isEmpty));
    }

    /**
     * The share of the table (in percent) that holds about the sample's rows; 0 (count exactly) when the whole table
     * is about the sample's size anyway.
     */
    private double samplePercent(long tableRows) {
        double percent = tableRows <= 0 ? 100 : 100.0 * config.facetSampleRows() / tableRows;
        return percent >= 50 ? 0.0 : percent;
    }

    public Uni<StanceTable> stances(FilterParams params, String limit, MultivaluedMap<String, String> query) {
        Params.requireKnown(query, STANCE_PARAMS, SearchApi.MULTI_VALUED);
        StatementFilter filter = StatementFilter.parse(params);
        Integer requested = Params.integer("limit", limit);
        if (requested != null && (requested < 1 || requested > 100)) {
            throw ApiException.invalid("limit", "must be between 1 and 100");
        }
        boolean perTarget = filter.stanceTargets().isEmpty();
        int rowLimit = requested == null ? DEFAULT_STANCE_ROWS : requested;
        // One Uni stage when nothing is named by name, the rows read in the client's callback (as a search page is):
        // each stage captures and restores the request's context, a measurable share of a cheap request's CPU (#16)
        return FilterResolver.resolve(database, filter, resolved -> database.query(
                TallyQueries.answersStances(resolved) ? TallyQueries.stances(resolved, perTarget, rowLimit)
                        : AggregateQueries.stances(resolved, perTarget, rowLimit),
                rows -> new StanceTable(stanceCounts(rows)),
                e -> e instanceof PgException ? new IllegalStateException("stance query failed", e) : e));
    }

    /** The rows by column positions looked up once (by-name access hashes the name on every call). */
    private static List<StanceCount> stanceCounts(RowSet<Row> rows) {
        List<String> names = rows.columnsNames();
        int speakerId = names.indexOf("speaker_id");
        int speakerName = names.indexOf("speaker_name");
        int speakerKind = names.indexOf("speaker_kind");
        int speakerTitle = names.indexOf("speaker_title");
        int speakerAffiliation = names.indexOf("speaker_affiliation");
        int target = names.indexOf("target");
        int support = names.indexOf("support");
        int oppose = names.indexOf("oppose");
        int neutral = names.indexOf("neutral");
        int unclear = names.indexOf("unclear");
        int total = names.indexOf("total");
        List<StanceCount> counts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            counts.add(new StanceCount(new SpeakerSummary(row.getUUID(speakerId), row.getString(speakerName),
                    SpeakerKind.valueOf(row.getString(speakerKind)), row.getString(speakerTitle),
                    row.getString(speakerAffiliation)), row.getString(target),
                    new StanceCount.Counts(row.getLong(support), row.getLong(oppose), row.getLong(neutral),
                            row.getLong(unclear)), row.getLong(total)));
        }
        return counts;
    }
}
