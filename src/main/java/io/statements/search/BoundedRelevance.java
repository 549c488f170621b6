package io.statements.search;

import java.util.List;

/**
 * Relevance within a recency-bounded candidate set, for broad searches only. Ranking costs in proportion to the
 * matches: "week" occurs in half of all statements, and ranking all of them took seconds at 1M. A search whose every
 * word occurs in a share p of all statements (by PostgreSQL's statistics, V22_1) ranks about p × T matches when all
 * are ranked (T statements), at a cost r each, and walks about {@code candidates} / p statements when its newest
 * {@code candidates} matches are found by walking the reported-at index and checking q row by row, at a cost w
 * each; so a search is broad, and bounded, when p ≥ √(candidates × w / r / T), where the walk is the cheaper plan.
 * w / r ({@code statements_walk_factor()}, V24_1) was measured at 0.19 when the statements lie on disk in reported-at
 * order and 0.58 in random order, and is read from the table's statistics; the bound is then 1.4–2.4 % at 1M
 * statements, 0.44–0.76 % at 10M (√(candidates / T), 3.2 % and 1 %, before the statistics are first read). Both
 * plans are one statement: a UNION ALL whose branches are gated by the share, computed once, so only one runs.
 * <p>
 * What users see: a broad search's results are its most relevant among its newest matches, and paging with the
 * cursor goes through exactly those candidates (no duplicates, no gaps) and then ends.
 */
public record BoundedRelevance(int candidates) {

    /** The default of {@code statements.search.relevance.candidates}. */
    public static final BoundedRelevance DEFAULT = new BoundedRelevance(1000);

    boolean bounds() {
        return candidates > 0;
    }

    /** The {@code page} CTE of a relevance search: the narrow branch as before, the broad one bounded. */
    Sql page(StatementFilter f, List<String> after, int fetch) {
        String language = f.languages().isEmpty() ? "en" : f.languages().get(0);
        // T from the planner's row count (-1 before the first ANALYZE: nothing is broad then)
        Sql sql = new Sql().add("with share as materialized (select statements_match_share(?, ?) as f, sqrt("
                + candidates + "::float8 * statements_walk_factor() / greatest(c.reltuples, 1)) as bound"
                + " from pg_class c where c.oid = 'statement'::regclass),\n", language, f.q());
        // Each branch's gate sits above its scan (a LIMIT keeps the planner from pushing it down): a parallel scan
        // under a gate that is false would still start its workers, which cost more than a narrow search.
        sql.add("page as ((select n.id, n.k from (select s.id, " + StatementQueries.RANK + " as k from statement s",
                StatementQueries.rankParams(f));
        StatementQueries.where(sql, f, true);
        if (after != null) {
            sql.add(" and (" + StatementQueries.RANK + ", s.id) < (?::text::real, ?::text::uuid)",
                    StatementQueries.rankParams(f));
            sql.add("", after.get(0), after.get(1));
        }
        sql.add(" order by k desc, s.id desc limit " + fetch + ") n where (select f from share) < (select bound from"
                + " share))\n union all\n");
        sql.add("(select c.id, c.k from (select s.id, " + StatementQueries.RANK + " as k from statement s",
                StatementQueries.rankParams(f));
        StatementQueries.where(sql, f, false);
        sql.add(" order by " + StatementQueries.REPORTED_KEY + " desc, s.id desc limit " + candidates
                + ") c where (select f from share) >= (select bound from share)");
        if (after != null) {
            sql.add(" and (c.k, c.id) < (?::text::real, ?::text::uuid)", after.get(0), after.get(1));
        }
        return sql.add(" order by c.k desc, c.id desc limit " + fetch + "))\n");
    }
}
