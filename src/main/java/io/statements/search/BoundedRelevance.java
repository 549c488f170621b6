package io.statements.search;

import java.util.List;

/**
 * Relevance within a recency-bounded candidate set, for broad searches only. Ranking costs in proportion to the
 * matches: "week" occurs in half of all statements, and ranking all of them took seconds at 1M. A search whose every
 * word occurs in at least {@code broadShare} of all statements (by PostgreSQL's statistics, V22_1) ranks its newest
 * {@code candidates} matches instead, found by walking the reported-at index and checking q row by row (for a word in
 * a share p of statements about candidates / p rows); a narrower search ranks every match as before. Both plans are
 * one statement: a UNION ALL whose branches are gated by the share, computed once, so only one of them runs.
 * <p>
 * What users see: a broad search's results are its most relevant among its newest matches, and paging with the
 * cursor goes through exactly those candidates (no duplicates, no gaps) and then ends.
 */
public record BoundedRelevance(double broadShare, int candidates) {

    /** The defaults of {@code statements.search.relevance.*}. */
    public static final BoundedRelevance DEFAULT = new BoundedRelevance(0.05, 1000);

    boolean bounds() {
        return broadShare < 1;
    }

    /** The {@code page} CTE of a relevance search: the narrow branch as before, the broad one bounded. */
    Sql page(StatementFilter f, List<String> after, int fetch) {
        String language = f.languages().isEmpty() ? "en" : f.languages().get(0);
        Sql sql = new Sql().add("with share as materialized (select statements_match_share(?, ?) as f),\n",
                language, f.q());
        sql.add("page as ((select s.id, " + StatementQueries.RANK + " as k from statement s",
                StatementQueries.rankParams(f));
        StatementQueries.where(sql, f, true);
        sql.add(" and (select f from share) < " + broadShare);
        if (after != null) {
            sql.add(" and (" + StatementQueries.RANK + ", s.id) < (?::text::real, ?::text::uuid)",
                    StatementQueries.rankParams(f));
            sql.add("", after.get(0), after.get(1));
        }
        sql.add(" order by k desc, s.id desc limit " + fetch + ")\n union all\n");
        sql.add("(select c.id, c.k from (select s.id, " + StatementQueries.RANK + " as k from statement s",
                StatementQueries.rankParams(f));
        StatementQueries.where(sql, f, false);
        sql.add(" and (select f from share) >= " + broadShare + " order by " + StatementQueries.REPORTED_KEY
                + " desc, s.id desc limit " + candidates + ") c where true");
        if (after != null) {
            sql.add(" and (c.k, c.id) < (?::text::real, ?::text::uuid)", after.get(0), after.get(1));
        }
        return sql.add(" order by c.k desc, c.id desc limit " + fetch + "))\n");
    }
}
