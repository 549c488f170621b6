package io.statements.search;

import java.util.List;

/**
 * Relevance within a recency-bounded candidate set, for broad searches only. Ranking costs in proportion to the
 * matches: "week" occurs in half of all statements, and ranking all of them took seconds at 1M. A search whose every
 * word occurs in a share p of all statements (by PostgreSQL's statistics, V22_1, V24_2) ranks about p × T matches
 * when all are ranked (T statements), at a cost r each, and walks about {@code candidates} / p statements when its
 * newest {@code candidates} matches are found by walking the reported-at index and checking q row by row, at a cost
 * w each; so a search is broad, and bounded, when p ≥ √(candidates × w / r / T), where the walk is the cheaper plan.
 * w / r ({@code statements_walk_factor()}, V24_1) was measured at 0.19 when the statements lie on disk in reported-at
 * order and 0.58 in random order, and is read from the table's statistics; the bound is then 1.4–2.4 % at 1M
 * statements, 0.44–0.76 % at 10M. A speaker or outlet filter scales both costs by its share of all statements
 * (V28_1): the walk then reads that filter's statements only, the exact plan its matches only. The choice is
 * {@code statements_relevance_plan}; both plans are one statement: a UNION ALL whose branches are gated by the
 * plan, computed once, so only one runs.
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

    /** The {@code page} CTE of a relevance search: the plan chosen per search, then only that plan's branch runs. */
    Sql page(StatementFilter f, List<String> after, int fetch) {
        String language = f.languages().isEmpty() ? "en" : f.languages().get(0);
        Sql sql = new Sql().add("with plan as materialized (select statements_relevance_plan(statements_match_share(?,"
                + " ?), statements_filter_share(?::uuid[], ?::uuid[]), " + candidates + ") as p),\n", language, f.q(),
                Sql.uuids(f.speakerIds()), Sql.uuids(f.outletIds()));
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
        sql.add(" order by k desc, s.id desc limit " + fetch + ") n where (select p from plan) = 'EXACT')\n"
                + " union all\n");
        sql.add("(select c.id, c.k from (select s.id, " + StatementQueries.RANK + " as k from statement s",
                StatementQueries.rankParams(f));
        StatementQueries.where(sql, f, false);
        sql.add(" order by " + StatementQueries.REPORTED_KEY + " desc, s.id desc limit " + candidates
                + ") c where (select p from plan) = 'WALK'");
        if (after != null) {
            sql.add(" and (c.k, c.id) < (?::text::real, ?::text::uuid)", after.get(0), after.get(1));
        }
        return sql.add(" order by c.k desc, c.id desc limit " + fetch + "))\n");
    }
}
