package io.statements.search;

import io.agroal.api.AgroalDataSource;
import io.statements.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * GET /statements filters kept for later (saved searches, alerts): the same parameters, checks and meaning,
 * and matching that runs the search's own WHERE clause restricted to given statement ids, so a saved filter
 * matches exactly what the search would list. Names (speakers, outlets, article URLs) are resolved at every
 * match, so a filter naming a speaker created later matches that speaker's statements.
 */
@ApplicationScoped
public class StatementMatcher {

    private final AgroalDataSource dataSource;

    StatementMatcher(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every filter parameter name of GET /statements. */
    public static Set<String> parameterNames() {
        return FilterParams.NAMES;
    }

    /**
     * Checks filter parameters as GET /statements does (a 400 names the parameter) and refuses a q with no
     * searchable words, which could never match.
     */
    public void validate(Map<String, List<String>> params) {
        StatementFilter filter = parse(params);
        if (filter.q() != null) {
            try (Connection c = dataSource.getConnection()) {
                StatementSearch.requireSearchableWords(c, filter);
            } catch (SQLException e) {
                throw new IllegalStateException("checking q failed", e);
            }
        }
    }

    /** The ids among {@code ids} of statements that currently exist and match the filter. */
    public Set<UUID> matching(Map<String, List<String>> params, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        StatementFilter filter = parse(params);
        try (Connection c = dataSource.getConnection()) {
            StatementFilter resolved = FilterResolver.resolve(c, filter);
            Sql sql = new Sql().add("select s.id from statement s");
            StatementQueries.where(sql, resolved);
            sql.add(" and s.id = any(?::uuid[])", (Object) ids.toArray(UUID[]::new));
            try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
                Set<UUID> found = new HashSet<>();
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
                return found;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("matching statements failed", e);
        }
    }

    private static StatementFilter parse(Map<String, List<String>> params) {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        params.forEach(query::put);
        Params.requireKnown(query, FilterParams.NAMES, SearchApi.MULTI_VALUED);
        FilterParams p = new FilterParams();
        p.q = single(params, "q");
        p.speakerId = params.get("speaker_id");
        p.speaker = params.get("speaker");
        p.outletId = params.get("outlet_id");
        p.outlet = params.get("outlet");
        p.stance = params.get("stance");
        p.stanceTarget = params.get("stance_target");
        p.kind = params.get("kind");
        p.channel = params.get("channel");
        p.via = params.get("via");
        p.topic = params.get("topic");
        p.language = params.get("language");
        p.reportedAfter = single(params, "reported_after");
        p.reportedBefore = single(params, "reported_before");
        p.statedAfter = single(params, "stated_after");
        p.statedBefore = single(params, "stated_before");
        p.articleUrl = params.get("article_url");
        return StatementFilter.parse(p);
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
