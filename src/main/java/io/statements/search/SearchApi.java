package io.statements.search;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.HashSet;
import java.util.Set;

/** The entry point GET /statements delegates to: checks the raw parameters, then searches. */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
public class SearchApi {

    static final Set<String> MULTI_VALUED = Set.of("speaker_id", "speaker", "outlet_id", "outlet", "stance",
            "stance_target", "kind", "channel", "via", "topic", "language", "article_url", "facet", "external_id");
    private static final Set<String> LIST_PARAMS = with(FilterParams.NAMES, "sort", "cursor", "limit", "collapse");

    private final StatementSearch search;

    SearchApi(StatementSearch search) {
        this.search = search;
    }

    public Uni<SearchPage> list(FilterParams filters, String sort, String cursor, String limit,
                                   MultivaluedMap<String, String> query) {
        return list(filters, sort, cursor, limit, null, query);
    }

    /** {@code collapse=utterance}: one hit per utterance, its best-ranked report. */
    public Uni<SearchPage> list(FilterParams filters, String sort, String cursor, String limit, String collapse,
                                   MultivaluedMap<String, String> query) {
        Params.requireKnown(query, LIST_PARAMS, MULTI_VALUED);
        StatementFilter filter = StatementFilter.parse(filters);
        SearchSort order = SearchSort.parse(sort, filter.q() != null);
        if (cursor != null && cursor.length() > 2000) {
            throw io.statements.common.ApiException.invalid("cursor", "malformed cursor; use next_cursor exactly as returned");
        }
        return search.search(filter, order, cursor, limit, collapsed(collapse));
    }

    /** Whether collapse=utterance was asked for; any other value is a 400. */
    public static boolean collapsed(String collapse) {
        if (collapse == null || collapse.isEmpty()) {
            return false;
        }
        if (!collapse.equals("utterance")) {
            throw io.statements.common.ApiException.invalid("collapse", "must be 'utterance' (or absent)");
        }
        return true;
    }

    /**
     * The search filters of another listing (the utterances): the same parameters, checks and meaning as
     * GET /statements, plus the listing's own parameters. The parameters are checked at once; names are resolved
     * to ids where list reads go (the read replica when one is configured).
     */
    public Uni<StatementFilter> filterFor(FilterParams filters, MultivaluedMap<String, String> query, Set<String> own) {
        Params.requireKnown(query, with(FilterParams.NAMES, own.toArray(String[]::new)), MULTI_VALUED);
        return search.resolved(StatementFilter.parse(filters));
    }

    static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(Set.of(more));
        return Set.copyOf(all);
    }
}
