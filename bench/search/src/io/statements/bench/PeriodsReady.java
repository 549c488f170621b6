package io.statements.bench;

import io.statements.search.SearchPeriods;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Waits until the service has built the newest quarters' text indexes (SearchPeriods: 15 s after start, then every
 * 10 min, with CREATE INDEX CONCURRENTLY). Fresh data has none, and a search measured before they are built walks the
 * whole text index instead (2026-12-04: p99 three to five times the steady state's), while the build itself competes
 * with the load; a running service has them. BENCH_PERIODS_WAIT minutes (15; a fresh load may wait for the next
 * refresh) bound the wait; the run goes on after it and says so.
 */
final class PeriodsReady {

    private static final int WINDOW = 16; // statements.search.relevance.periods
    private static final int QUIET_POLLS = 4;
    private static final long POLL_MS = 5_000;

    private PeriodsReady() {
    }

    static void await(Connection c, double minutes) throws Exception {
        long start = System.nanoTime();
        long deadline = start + (long) (minutes * 60e9);
        int last = -1;
        int quiet = 0;
        long lastReport = start;
        while (System.nanoTime() < deadline) {
            boolean building = building(c);
            int usable = SearchPeriods.read(c, WINDOW).size();
            quiet = !building && usable == last ? quiet + 1 : 0;
            // nothing to build on a small database stays at 0: give the first refresh (15 s after start) its minute
            if (quiet >= QUIET_POLLS && (usable > 0 || System.nanoTime() - start > 60e9)) {
                System.out.printf("  search periods ready: %d (waited %.0f s)%n", usable, (System.nanoTime() - start) / 1e9);
                return;
            }
            if (System.nanoTime() - lastReport > 60e9) {
                System.out.printf("  waiting for the service's search periods: %d usable, %s%n", usable,
                        building ? "an index build running" : "no build running");
                lastReport = System.nanoTime();
            }
            last = usable;
            Thread.sleep(POLL_MS);
        }
        System.out.printf("  WARNING: search periods still not settled after %.0f min (%d usable): the text shapes are"
                + " measured without the ones missing%n", minutes, last);
    }

    private static boolean building(Connection c) throws Exception {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from pg_stat_progress_create_index")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }
}
