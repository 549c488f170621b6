package io.statements.search;

import java.time.Instant;

/**
 * One calendar quarter (UTC) of reported_at with its own text index (a partial GIN index over the quarter's
 * statements, {@link SearchPeriods}), and about how many statements it holds (from the planner's statistics).
 */
public record SearchPeriod(Instant start, Instant end, double statements) {
}
