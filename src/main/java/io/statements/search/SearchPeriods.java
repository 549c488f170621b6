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
import java.time.Instant;
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
 * The text index of each of the newest calendar quarters (partial GIN indexes, one a quarter, named
 * {@code statement_search_q<year>_<quarter>}): a search ranks its matches in the newest quarters that hold enough of
 * them ({@link BoundedRelevance}), reading only those quarters' posting lists and rows, whatever the table's size.
 * <p>
 * Built and dropped here rather than by a migration because the window moves with time: every refresh builds the
 * indexes of the {@code statements.search.relevance.periods} quarters up to the newest statement's, and of the
 * current and the next calendar quarter (so a new quarter's first statements are indexed from the start), with
 * {@code CREATE INDEX CONCURRENTLY} (writes go on), one service instance at a time (an advisory lock), and drops
 * those that left the window. Searches use only a run of ready indexes from the newest statement's quarter down.
 */
@ApplicationScoped
public class SearchPeriods {

    private static final Logger LOG = Logger.getLogger(SearchPeriods.class);
    static final String PREFIX = "statement_search_q";
    private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d{4})_([1-4])");
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");
    private static final String KEY = StatementQueries.REPORTED_KEY.replace("s.", "");
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
        LocalDate newest = newestQuarter(c);
        LocalDate now = quarterOf(LocalDate.now(ZoneOffset.UTC));
        Set<LocalDate> wanted = new LinkedHashSet<>(List.of(now.plusMonths(3), now));
        for (int i = 0; newest != null && i < window; i++) {
            wanted.add(newest.minusMonths(3L * i));
        }
        Map<LocalDate, Boolean> existing = existing(c);
        try (Statement st = c.createStatement()) {
            for (Map.Entry<LocalDate, Boolean> index : existing.entrySet()) {
                if (!wanted.contains(index.getKey()) || !index.getValue()) { // out of the window, or a failed build
                    st.execute("drop index concurrently if exists " + name(index.getKey()));
                }
            }
            for (LocalDate quarter : wanted) {
                if (!Boolean.TRUE.equals(existing.get(quarter)) && quarter.getYear() > 1 && quarter.getYear() < 9999) {
                    long started = System.nanoTime();
                    st.execute("create index concurrently if not exists " + name(quarter)
                            + " on statement using gin (search_vector) where " + range(quarter));
                    LOG.infof("search period %s indexed in %d ms", name(quarter), (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
    }

    /**
     * The quarters searches may use, newest first: from the newest statement's quarter down, as long as each has a
     * ready index, at most {@code window}; each with the planner's estimate of its statements. Public for the
     * benchmark, which builds the same SQL as the service.
     */
    public static List<SearchPeriod> read(Connection c, int window) throws SQLException {
        LocalDate newest = newestQuarter(c);
        Map<LocalDate, Boolean> existing = existing(c);
        List<SearchPeriod> periods = new ArrayList<>();
        for (int i = 0; newest != null && i < window; i++) {
            LocalDate quarter = newest.minusMonths(3L * i);
            if (!Boolean.TRUE.equals(existing.get(quarter))) {
                break;
            }
            periods.add(new SearchPeriod(start(quarter), start(quarter.plusMonths(3)), estimate(c, quarter)));
        }
        return List.copyOf(periods);
    }

    private static LocalDate newestQuarter(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select " + KEY + " from statement"
                + " where " + KEY + " > '-infinity' and " + KEY + " < 'infinity' order by " + KEY + " desc limit 1")) {
            return rs.next() ? quarterOf(rs.getObject(1, java.time.OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()) : null;
        }
    }

    /** The quarters that have an index, and whether it is ready (a failed concurrent build leaves it invalid). */
    private static Map<LocalDate, Boolean> existing(Connection c) throws SQLException {
        Map<LocalDate, Boolean> quarters = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select c.relname, i.indisvalid and"
                + " i.indisready from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid ="
                + " 'statement'::regclass and c.relname like '" + PREFIX.replace("_", "\\_") + "%'")) {
            while (rs.next()) {
                Matcher m = NAME.matcher(rs.getString(1));
                if (m.matches()) {
                    quarters.put(LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1),
                            rs.getBoolean(2));
                }
            }
        }
        return quarters;
    }

    /** The planner's estimate (from ANALYZE's histogram of the reported-at key): no scan of the quarter. */
    private static double estimate(Connection c, LocalDate quarter) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("explain (format json) select 1 from statement where "
                + range(quarter)); ResultSet rs = st.executeQuery()) {
            Matcher m = PLAN_ROWS.matcher(rs.next() ? rs.getString(1) : "");
            return m.find() ? Double.parseDouble(m.group(1)) : 0;
        }
    }

    /** A search's condition for the period: the index predicate on alias s, so that the planner picks the index. */
    static String condition(SearchPeriod period) {
        return range(period.start(), period.end()).replace(KEY, StatementQueries.REPORTED_KEY);
    }

    private static String range(LocalDate quarter) {
        return range(start(quarter), start(quarter.plusMonths(3)));
    }

    private static String range(Instant start, Instant end) {
        return KEY + " >= '" + literal(start) + "' and " + KEY + " < '" + literal(end) + "'";
    }

    private static String literal(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate() + " 00:00:00+00";
    }

    private static Instant start(LocalDate quarter) {
        return quarter.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate quarterOf(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static String name(LocalDate quarter) {
        return PREFIX + quarter.getYear() + "_" + ((quarter.getMonthValue() - 1) / 3 + 1);
    }

    private static boolean lock(Connection c, String function) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select " + function + "(" + LOCK + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
