package io.statements.search;

import java.util.List;

/**
 * Relevance within a recency-bounded candidate set. Ranking costs in proportion to the matches: "week" occurs in half
 * of all statements, and ranking all of them took seconds at 1M. A search whose words occur in a share p of all
 * statements (by PostgreSQL's statistics, V22_1, V24_2) has about p × T matches (T statements); three plans, the
 * cheapest chosen per search by {@code statements_relevance_plan} (V28_1):
 * <ul>
 * <li>EXACT ranks every match: ~p × T rows read, at a cost r each.</li>
 * <li>WALK walks the reported-at index and checks q row by row until its newest {@code candidates} matches are found:
 * ~candidates / p rows at a cost w each (w / r, {@code statements_walk_factor()}, V24_1: 0.19 with the statements on
 * disk in reported-at order, 0.58 in random order). The cheaper plan for words in a large share of statements.</li>
 * <li>WINDOW ranks the matches of the newest days that hold about twice {@code candidates} of them (by the day
 * histogram of reported_at), read through the day-keyed text index: ~2 × candidates rows whatever T, the cheapest
 * between the other two at 10M. Only for words alone (perhaps in a language: {@link StatementFilter#windowable()});
 * a window holding fewer than {@code candidates} matches ranks every match instead.</li>
 * </ul>
 * All plans are one statement: a UNION ALL whose branches are gated by the plan, computed once, so only one runs.
 * <p>
 * What users see: a bounded search's results are its most relevant among its newest matches (at least
 * {@code candidates} of them), and paging with the cursor goes through exactly those (no duplicates, no gaps) and
 * then ends; a narrow search ranks every match.
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
        boolean windowed = f.windowable();
        Sql sql = new Sql().add("with plan as materialized (select * from statements_relevance_plan("
                + "statements_match_share(?, ?), statements_filter_share(?::uuid[], ?::uuid[]), " + candidates + ", "
                + windowed + ")),\n", language, f.q(), Sql.uuids(f.speakerIds()), Sql.uuids(f.outletIds()));
        String exact = "(select plan from plan) = 'EXACT'";
        if (windowed) {
            // The window's matches, ranked once; fewer than the candidates (the words' shares misjudged how often
            // they meet, or they were common only long ago) and every match is ranked instead.
            sql.add("windowed as materialized (select s.id, " + StatementQueries.RANK + " as k from statement s",
                    StatementQueries.rankParams(f));
            StatementQueries.where(sql, f, true);
            sql.add(" and statements_day(s.reported_at) >= (select day from plan)"
                    + " and (select plan from plan) = 'WINDOW'),\n");
            exact = "(" + exact + " or ((select plan from plan) = 'WINDOW' and (select count(*) from windowed) < "
                    + candidates + "))";
        }
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
        sql.add(" order by k desc, s.id desc limit " + fetch + ") n where " + exact + ")\n union all\n");
        if (windowed) {
            sql.add("(select w.id, w.k from windowed w where (select count(*) from windowed) >= " + candidates);
            cursor(sql, "w", after, fetch);
            sql.add(")\n union all\n");
        }
        sql.add("(select c.id, c.k from (select s.id, " + StatementQueries.RANK + " as k from statement s",
                StatementQueries.rankParams(f));
        StatementQueries.where(sql, f, false);
        sql.add(" order by " + StatementQueries.REPORTED_KEY + " desc, s.id desc limit " + candidates
                + ") c where (select plan from plan) = 'WALK'");
        cursor(sql, "c", after, fetch);
        return sql.add("))\n");
    }

    /** After the cursor, best first: within a candidate set already ranked. */
    private static void cursor(Sql sql, String alias, List<String> after, int fetch) {
        if (after != null) {
            sql.add(" and (" + alias + ".k, " + alias + ".id) < (?::text::real, ?::text::uuid)", after.get(0),
                    after.get(1));
        }
        sql.add(" order by " + alias + ".k desc, " + alias + ".id desc limit " + fetch);
    }
}
