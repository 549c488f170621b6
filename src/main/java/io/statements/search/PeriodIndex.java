package io.statements.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter or month (UTC) of reported_at that may have its own text index (a partial GIN index named
 * {@code statement_period_q<year>_<quarter>} or {@code statement_period_m<year>_<month>}, {@link SearchPeriods}), over
 * the words with the speaker and the outlet as keys, as the table's text index (V33_1).
 */
record PeriodIndex(LocalDate start, int months) {

    static final String PREFIX = "statement_period_";
    /** The columns of every period index, the words first. */
    static final String COLUMNS = "(search_vector, speaker_id, outlet_id)";
    private static final Pattern QUARTER = Pattern.compile(PREFIX + "q(\\d{4})_([1-4])");
    private static final Pattern MONTH = Pattern.compile(PREFIX + "m(\\d{4})_(\\d{2})");
    /** The words-only period indexes of earlier versions ({@code statement_search_q2024_2}), dropped once replaced. */
    static final String LEGACY_PREFIX = "statement_search_";
    private static final Pattern LEGACY = Pattern.compile(LEGACY_PREFIX + "[qm]\\d{4}_\\d{1,2}");
    /** The reported-at key the indexes are partial on (the search's condition names it on alias s). */
    static final String KEY = StatementQueries.REPORTED_KEY.replace("s.", "");

    static boolean legacy(String indexName) {
        return LEGACY.matcher(indexName).matches();
    }

    static PeriodIndex quarterOf(LocalDate day) {
        return new PeriodIndex(LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1), 3);
    }

    static PeriodIndex monthOf(LocalDate day) {
        return new PeriodIndex(day.withDayOfMonth(1), 1);
    }

    /** The period an index of this name covers; null for any other name. */
    static PeriodIndex parse(String indexName) {
        Matcher quarter = QUARTER.matcher(indexName);
        if (quarter.matches()) {
            return new PeriodIndex(LocalDate.of(Integer.parseInt(quarter.group(1)),
                    3 * Integer.parseInt(quarter.group(2)) - 2, 1), 3);
        }
        Matcher month = MONTH.matcher(indexName);
        int number = month.matches() ? Integer.parseInt(month.group(2)) : 0;
        return number >= 1 && number <= 12 ? new PeriodIndex(LocalDate.of(Integer.parseInt(month.group(1)), number, 1), 1)
                : null;
    }

    boolean isQuarter() {
        return months == 3;
    }

    /** A quarter's three months, newest first. */
    List<PeriodIndex> monthsNewestFirst() {
        return List.of(monthOf(start.plusMonths(2)), monthOf(start.plusMonths(1)), monthOf(start));
    }

    PeriodIndex quarter() {
        return quarterOf(start);
    }

    /** Years an index name and a timestamp literal can hold. */
    boolean nameable() {
        return start.getYear() > 1 && start.getYear() < 9999;
    }

    String name() {
        return isQuarter() ? PREFIX + "q" + start.getYear() + "_" + ((start.getMonthValue() - 1) / 3 + 1)
                : PREFIX + "m" + start.getYear() + "_" + String.format("%02d", start.getMonthValue());
    }

    /** The index predicate: exactly what a search's condition for the period says, so the planner picks the index. */
    String range() {
        return range(startInstant(), endInstant());
    }

    static String range(Instant start, Instant end) {
        return KEY + " >= '" + literal(start) + "' and " + KEY + " < '" + literal(end) + "'";
    }

    Instant startInstant() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant endInstant() {
        return start.plusMonths(months).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String literal(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate() + " 00:00:00+00";
    }
}
