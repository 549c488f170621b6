package io.statements.search;

import io.smallrye.mutiny.Uni;
import io.statements.common.ApiException;
import io.statements.common.Cursor;
import io.statements.common.Page;
import io.statements.common.Paging;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs statement searches: one indexed query per page, rows mapped straight to the API records (no entity
 * hydration), on the non-blocking {@link SearchDatabase}, as do the filter resolutions of the export and of the
 * utterance list.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
public class StatementSearch {

    /** How many words of q a search can use; none means q can never match. */
    private static final String SEARCHABLE_WORDS = "select numnode(websearch_to_tsquery(('public.' || "
            + "statements_text_config(?))::regconfig, ?))";
    private static final Pattern RANK_KEY = Pattern.compile("[0-9.eE+-]{1,30}");
    private static final Pattern TIMESTAMP_KEY = Pattern.compile(
            "-infinity|\\d{4,}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?[+-]\\d\\d(:\\d\\d){0,2}");

    private final SearchDatabase database;
    private final BoundedRelevance relevance;
    private final SearchPeriods periods;

    StatementSearch(SearchDatabase database, SearchConfig config, SearchPeriods periods) {
        this.database = database;
        this.relevance = new BoundedRelevance(config.relevanceCandidates());
        this.periods = periods;
    }

    /** One page, on the non-blocking client: the whole search runs on the request's event loop. */
    public Uni<SearchPage> search(StatementFilter filter, SearchSort sort, String cursor, String requestedLimit) {
        return search(filter, sort, cursor, requestedLimit, false);
    }

    public Uni<SearchPage> search(StatementFilter filter, SearchSort sort, String cursor, String requestedLimit,
                                  boolean collapse) {
        int limit = Paging.limit(requestedLimit);
        String fingerprint = fingerprint(canonical(filter) + "|" + sort.param + (collapse ? "|utterance" : ""));
        List<String> after = cursor == null ? null : keys(Cursor.decode(cursor, fingerprint, 2), sort);
        boolean highlighted = filter.q() != null;
        // As few Uni stages as the search needs: each one captures and restores the request's context, and a page
        // of a cheap filter costs about as much CPU in the service as in PostgreSQL.
        Uni<SearchPage> page = FilterResolver.resolve(database, filter,
                resolved -> database.query(
                        StatementQueries.page(resolved, sort, after, limit + 1, collapse, relevance,
                                periods.usable()),
                        rows -> page(rows, highlighted, limit, fingerprint), e -> dataError(e, cursor)));
        if (!highlighted || cursor != null) {
            return page;
        }
        return page.chain(found -> found.items().isEmpty()
                ? requireSearchableWords(filter).replaceWith(found) : Uni.createFrom().item(found));
    }

    private static SearchPage page(RowSet<Row> rows, boolean highlighted, int limit, String fingerprint) {
        List<Hit> hits = new ArrayList<>(rows.size());
        StatementHit.Columns columns = null;
        for (Row row : rows) {
            if (columns == null) {
                columns = new StatementHit.Columns(row);
            }
            hits.add(new Hit(columns.read(row, highlighted), columns.sortKey(row)));
        }
        Page<StatementHit> page = Paging.page(hits, limit, Hit::hit,
                hit -> new Cursor(fingerprint, List.of(hit.key(), hit.hit().id().toString())));
        return new SearchPage(page.items(), page.nextCursor());
    }

    /** Speaker, outlet and article names turned into ids, on the database this request reads. */
    Uni<StatementFilter> resolved(StatementFilter filter) {
        return FilterResolver.resolve(database, filter);
    }

    Uni<Void> requireSearchableWords(StatementFilter filter) {
        return database.query(new Sql().add(SEARCHABLE_WORDS, primaryLanguage(filter), filter.q())).map(rows -> {
            if (rows.iterator().next().getInteger(0) == 0) {
                throw noSearchableWords();
            }
            return null;
        });
    }

    private static ApiException noSearchableWords() {
        return ApiException.invalid("q", "has no searchable words (only stop words or punctuation)");
    }

    /** A q made only of stop words or punctuation can never match: say so rather than answer "nothing". */
    static void requireSearchableWords(Connection c, StatementFilter filter) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SEARCHABLE_WORDS)) {
            st.setString(1, primaryLanguage(filter));
            st.setString(2, filter.q());
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && rs.getInt(1) == 0) {
                    throw noSearchableWords();
                }
            }
        }
    }

    /**
     * Stop words are judged in the first language asked for, else in English (as before languages): "the" alone
     * is refused, while "и" alone is a word in an English search and a stop word in a Russian one.
     */
    private static String primaryLanguage(StatementFilter filter) {
        return filter.languages().isEmpty() ? "en" : filter.languages().get(0);
    }

    /** The cursor's sort key is checked before it reaches SQL; a forged one is the client's error. */
    private static List<String> keys(Cursor cursor, SearchSort sort) {
        cursor.uuidAt(1);
        String key = cursor.keys().get(0);
        boolean valid = key != null && (sort == SearchSort.RELEVANCE ? RANK_KEY.matcher(key).matches()
                : TIMESTAMP_KEY.matcher(key).matches());
        if (!valid) {
            throw ApiException.invalid("cursor", "malformed cursor; use next_cursor exactly as returned");
        }
        return cursor.keys();
    }

    /** Every input is validated beforehand, so a data exception can only come from a forged cursor. */
    private static Throwable dataError(Throwable failure, String cursor) {
        if (!(failure instanceof PgException e)) {
            return failure;
        }
        if (cursor != null && e.getSqlState() != null && e.getSqlState().startsWith("22")) {
            return ApiException.invalid("cursor", "malformed cursor; use next_cursor exactly as returned");
        }
        return new IllegalStateException("statement search failed", e);
    }

    static String fingerprint(String query) {
        byte[] hash = SHA_256.get().digest(query.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    }

    /**
     * Every field of the filter in a fixed order, each list as its elements' text: what the cursor is bound to. Built
     * by hand because the record's own toString formats instants through DateTimeFormatter, a measurable share of a
     * cheap search's CPU; epoch seconds and nanos identify an instant just as well.
     */
    static String canonical(StatementFilter f) {
        StringBuilder text = new StringBuilder(256).append(f.q()).append('\u0001');
        for (List<?> list : List.of(f.speakerIds(), f.speakers(), f.outletIds(), f.outlets(), f.stances(),
                f.stanceTargets(), f.kinds(), f.channels(), f.vias(), f.topics(), f.languages(), f.articleUrls(),
                f.articleIds(), f.externalIds())) {
            for (Object value : list) {
                text.append(value).append('\u0002');
            }
            text.append('\u0001');
        }
        for (java.time.Instant instant : new java.time.Instant[] {f.reportedAfter(), f.reportedBefore(),
                f.statedAfter(), f.statedBefore()}) {
            if (instant != null) {
                text.append(instant.getEpochSecond()).append('.').append(instant.getNano());
            }
            text.append('\u0001');
        }
        return text.append(f.matchesNothing()).toString();
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private record Hit(StatementHit hit, String key) {
    }
}
