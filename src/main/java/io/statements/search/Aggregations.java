package io.statements.search;

import io.agroal.api.AgroalDataSource;
import io.statements.common.ApiException;
import io.statements.speaker.SpeakerKind;
import io.statements.speaker.SpeakerSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Facet counts and stance tallies over the statements matching the search filters. */
@ApplicationScoped
public class Aggregations {

    static final int DEFAULT_STANCE_ROWS = 20;
    private static final Set<String> FACET_PARAMS = SearchApi.with(FilterParams.NAMES, "facet", "collapse");
    private static final Set<String> STANCE_PARAMS = SearchApi.with(FilterParams.NAMES, "limit");

    private final AgroalDataSource dataSource;
    private final SearchConfig config;

    Aggregations(AgroalDataSource dataSource, SearchConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    public Facets facets(FilterParams params, List<String> facetNames, MultivaluedMap<String, String> query) {
        return facets(params, facetNames, null, query);
    }

    /** With collapse=utterance, each value counts the utterances reported rather than the statements. */
    public Facets facets(FilterParams params, List<String> facetNames, String collapse,
                         MultivaluedMap<String, String> query) {
        boolean collapsed = SearchApi.collapsed(collapse);
        Params.requireKnown(query, FACET_PARAMS, SearchApi.MULTI_VALUED);
        StatementFilter filter = StatementFilter.parse(params);
        Set<Facet> requested = Facet.parse(facetNames);
        Map<Facet, List<FacetValue>> values = new EnumMap<>(Facet.class);
        double samplePercent;
        requested.forEach(f -> values.put(f, new ArrayList<>()));
        try (Connection c = dataSource.getConnection()) {
            StatementFilter resolved = FilterResolver.resolve(c, filter);
            samplePercent = samplePercent(c, resolved);
            try (PreparedStatement st = AggregateQueries.facets(resolved, requested, collapsed, samplePercent).prepare(c);
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.get(Facet.valueOf(rs.getString(1).toUpperCase())).add(
                            new FacetValue(rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4)));
                }
            }
            if (filter.q() != null && values.values().stream().allMatch(List::isEmpty)) {
                StatementSearch.requireSearchableWords(c, filter);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("facet query failed", e);
        }
        return new Facets(values.get(Facet.SPEAKER), values.get(Facet.OUTLET), values.get(Facet.STANCE),
                values.get(Facet.STANCE_TARGET), values.get(Facet.CHANNEL), values.get(Facet.TOPIC),
                values.get(Facet.LANGUAGE), samplePercent > 0);
    }

    /**
     * 0 (count exactly) when the search matches at most the exact-count limit, or when the whole table is about the
     * sample's size anyway; otherwise the share of the table (in percent) that holds about the sample's rows.
     */
    private double samplePercent(Connection c, StatementFilter resolved) throws SQLException {
        int exactLimit = config.facetExactLimit();
        if (single(c, AggregateQueries.matchesUpTo(resolved, exactLimit)) <= exactLimit) {
            return 0;
        }
        long tableRows = single(c, new Sql().add(AggregateQueries.TABLE_ROWS));
        double percent = tableRows <= 0 ? 100 : 100.0 * config.facetSampleRows() / tableRows;
        return percent >= 50 ? 0 : percent;
    }

    private static long single(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public List<StanceCount> stances(FilterParams params, String limit, MultivaluedMap<String, String> query) {
        Params.requireKnown(query, STANCE_PARAMS, SearchApi.MULTI_VALUED);
        StatementFilter filter = StatementFilter.parse(params);
        Integer requested = Params.integer("limit", limit);
        if (requested != null && (requested < 1 || requested > 100)) {
            throw ApiException.invalid("limit", "must be between 1 and 100");
        }
        boolean perTarget = filter.stanceTargets().isEmpty();
        List<StanceCount> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            StatementFilter resolved = FilterResolver.resolve(c, filter);
            int rowLimit = requested == null ? DEFAULT_STANCE_ROWS : requested;
            try (PreparedStatement st = AggregateQueries.stances(resolved, perTarget, rowLimit).prepare(c);
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StanceCount(new SpeakerSummary(rs.getObject("speaker_id", UUID.class),
                            rs.getString("speaker_name"), SpeakerKind.valueOf(rs.getString("speaker_kind")),
                            rs.getString("speaker_title"), rs.getString("speaker_affiliation")),
                            rs.getString("target"), new StanceCount.Counts(rs.getLong("support"),
                            rs.getLong("oppose"), rs.getLong("neutral"), rs.getLong("unclear")), rs.getLong("total")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stance query failed", e);
        }
        return rows;
    }
}
