package io.statements.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text index of each of the newest calendar quarters (partial GIN indexes, {@link PeriodIndex}): a search ranks its
 * matches in the newest periods that hold enough of them ({@link BoundedRelevance}), reading only those periods'
 * posting lists and rows, whatever the table's size. The newest {@link #MONTHLY} quarters have an index a month
 * instead: a word in 1.5 % of 10M statements has 3,600 matches in one quarter, three times what the candidates need,
 * and every one of them is read and ranked; a month holds a third of that.
 * <p>
 * Built and dropped here rather than by a migration because the window moves with time: every refresh builds the
 * indexes of the {@code statements.search.relevance.periods} quarters up to the newest statement's (its newest
 * quarters as months), and of the current and the next calendar month (so a new month's first statements are indexed
 * from the start), with {@code CREATE INDEX CONCURRENTLY} (writes go on), one service instance at a time (an
 * advisory lock); then drops those no search needs. A quarter whose month indexes are not all ready yet is served by
 * its quarter index while that exists, and the other way round, so moving from quarters to months (or months
 * becoming a quarter as time goes on) leaves no gap. Searches use only a run of ready periods from the newest
 * statement's quarter down.
 */
@ApplicationScoped
public class SearchPeriods {

    private static final Logger LOG = Logger.getLogger(SearchPeriods.class);
    /** How many of the newest quarters are indexed by month. */
    static final int MONTHLY = 2;
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");
    /** Advisory lock key ("search periods"): one instance builds at a time. */
    private static final long LOCK = 0x5ea5c4_9e71L;

    private final AgroalDataSource dataSource;
    private final int window;
    private volatile List<SearchPeriod> usable = List.of();

    SearchPeriods(AgroalDataSource dataSource, SearchConfig config) {
        this.dataSource = dataSource;
        this.window = config.relevancePeriods();
    }

    /** Newest first; empty until the first refresh, or when periods are off. */
    public List<SearchPeriod> usable() {
        return usable;
    }

    @Scheduled(identity = "search-periods", every = "${statements.search.relevance.refresh-every}",
            delayed = "${statements.search.relevance.periods-first-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try {
            maintain();
        } catch (SQLException e) {
            // searches keep the previous periods; every plan is correct without them, only slower at scale
            LOG.warnf("search periods not refreshed: %s", e.getMessage());
        }
    }

    /** Builds what is missing, drops what left the window, then reads what searches may use. */
    public void maintain() throws SQLException {
        if (window <= 0) {
            usable = List.of();
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true); // CREATE INDEX CONCURRENTLY refuses to run in a transaction block
            if (lock(c, "pg_try_advisory_lock")) {
                try {
                    build(c);
                } finally {
                    lock(c, "pg_advisory_unlock");
                }
            }
            usable = read(c, window);
        }
        LOG.debugf("search periods: %d usable", usable.size());
    }

    private void build(Connection c) throws SQLException {
        PeriodIndex newest = newestQuarter(c);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Set<PeriodIndex> wanted = new LinkedHashSet<>();
        for (int i = 0; newest != null && i < window; i++) {
            PeriodIndex quarter = PeriodIndex.quarterOf(newest.start().minusMonths(3L * i));
            wanted.addAll(i < MONTHLY ? quarter.monthsNewestFirst() : List.of(quarter));
        }
        wanted.add(PeriodIndex.monthOf(today));
        wanted.add(PeriodIndex.monthOf(today.plusMonths(1)));
        Map<PeriodIndex, Boolean> existing = existing(c);
        try (Statement st = c.createStatement()) {
            for (PeriodIndex period : wanted) {
                if (!Boolean.TRUE.equals(existing.get(period)) && period.nameable()) {
                    if (existing.containsKey(period)) { // a failed concurrent build leaves an invalid index
                        st.execute("drop index concurrently if exists " + period.name());
                    }
                    long started = System.nanoTime();
                    st.execute("create index concurrently if not exists " + period.name()
                            + " on statement using gin " + PeriodIndex.COLUMNS + " where " + period.range());
                    LOG.infof("search period %s indexed in %d ms", period.name(), (System.nanoTime() - started) / 1_000_000);
                }
            }
            existing = existing(c);
            for (Map.Entry<PeriodIndex, Boolean> index : existing.entrySet()) {
                PeriodIndex period = index.getKey();
                if (!index.getValue() || !wanted.contains(period) && !standsIn(period, wanted, existing)) {
                    st.execute("drop index concurrently if exists " + period.name());
                }
            }
            for (String legacy : legacy(c)) { // replaced by the indexes just built (searches never read these)
                st.execute("drop index concurrently if exists " + legacy);
            }
        }
    }

    private static List<String> legacy(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select c.relname from pg_index i join"
                + " pg_class c on c.oid = i.indexrelid where i.indrelid = 'statement'::regclass and c.relname like '"
                + PeriodIndex.LEGACY_PREFIX.replace("_", "\\_") + "%'")) {
            while (rs.next()) {
                if (PeriodIndex.legacy(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Whether a ready index serves a wanted period whose own indexes are not ready (a quarter for its months, or back). */
    private static boolean standsIn(PeriodIndex period, Set<PeriodIndex> wanted, Map<PeriodIndex, Boolean> existing) {
        if (!period.isQuarter()) {
            return wanted.contains(period.quarter()) && !ready(period.quarter(), existing);
        }
        // only a quarter the window wants by month: the current and the next month alone make no quarter of months
        return period.monthsNewestFirst().stream().allMatch(wanted::contains)
                && !period.monthsNewestFirst().stream().allMatch(m -> ready(m, existing));
    }

    private static boolean ready(PeriodIndex period, Map<PeriodIndex, Boolean> existing) {
        return Boolean.TRUE.equals(existing.get(period));
    }

    /**
     * The periods searches may use, newest first: the quarters from the newest statement's down, each by its month
     * indexes (the newest {@link #MONTHLY}) or its quarter index, whichever is ready (the preferred one first), as long
     * as each quarter has one, at most {@code window} quarters; each with the planner's estimate of its statements.
     * Public for the benchmark, which builds the same SQL as the service.
     */
    public static List<SearchPeriod> read(Connection c, int window) throws SQLException {
        PeriodIndex newest = newestQuarter(c);
        Map<PeriodIndex, Boolean> existing = existing(c);
        List<SearchPeriod> periods = new ArrayList<>();
        for (int i = 0; newest != null && i < window; i++) {
            PeriodIndex quarter = PeriodIndex.quarterOf(newest.start().minusMonths(3L * i));
            List<PeriodIndex> months = quarter.monthsNewestFirst();
            boolean monthsReady = months.stream().allMatch(m -> ready(m, existing));
            List<PeriodIndex> parts = monthsReady && (i < MONTHLY || !ready(quarter, existing)) ? months
                    : ready(quarter, existing) ? List.of(quarter) : List.of();
            if (parts.isEmpty()) {
                break;
            }
            for (PeriodIndex part : parts) {
                periods.add(new SearchPeriod(part.startInstant(), part.endInstant(), estimate(c, part)));
            }
        }
        return List.copyOf(periods);
    }

    private static PeriodIndex newestQuarter(Connection c) throws SQLException {
        String key = PeriodIndex.KEY;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select " + key + " from statement"
                + " where " + key + " > '-infinity' and " + key + " < 'infinity' order by " + key + " desc limit 1")) {
            return rs.next() ? PeriodIndex.quarterOf(rs.getObject(1, java.time.OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()) : null;
        }
    }

    /** The periods that have an index, and whether it is ready (a failed concurrent build leaves it invalid). */
    private static Map<PeriodIndex, Boolean> existing(Connection c) throws SQLException {
        Map<PeriodIndex, Boolean> periods = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select c.relname, i.indisvalid and"
                + " i.indisready from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid ="
                + " 'statement'::regclass and c.relname like '" + PeriodIndex.PREFIX.replace("_", "\\_") + "%'")) {
            while (rs.next()) {
                PeriodIndex period = PeriodIndex.parse(rs.getString(1));
                if (period != null) {
                    periods.put(period, rs.getBoolean(2));
                }
            }
        }
        return periods;
    }

    /** The planner's estimate (from ANALYZE's histogram of the reported-at key): no scan of the period. */
    private static double estimate(Connection c, PeriodIndex period) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("explain (format json) select 1 from statement where "
                + period.range()); ResultSet rs = st.executeQuery()) {
            Matcher m = PLAN_ROWS.matcher(rs.next() ? rs.getString(1) : "");
            return m.find() ? Double.parseDouble(m.group(1)) : 0;
        }
    }

    /** A search's condition for the period: the index predicate on alias s, so that the planner picks the index. */
    static String condition(SearchPeriod period) {
        return PeriodIndex.range(period.start(), period.end()).replace(PeriodIndex.KEY, StatementQueries.REPORTED_KEY);
    }

    private static boolean lock(Connection c, String function) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select " + function + "(" + LOCK + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
