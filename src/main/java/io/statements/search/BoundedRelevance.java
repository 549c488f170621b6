package io.statements.search;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Relevance within a recency-bounded candidate set when ranking every match would cost too much. A search whose words
 * occur in a share f of all statements (by PostgreSQL's statistics, V22_1; the product of its words' shares) has about
 * f × T matches among T statements. Three plans, costed in matches ranked (a ranked match costs r, a statement walked
 * w, their ratio {@code statements_walk_factor()}, V24_1, read from the table's physical order):
 * <ul>
 * <li><b>all</b>: rank every match, through the text index: f × T;</li>
 * <li><b>walk</b>: walk the reported-at index from the newest statement, checking q row by row, until the newest
 * {@code candidates} matches are found: candidates / f × w / r; the cheapest for words in a large share of all
 * statements ("week", in half of them: 2,000 rows walked);</li>
 * <li><b>recent</b>: rank the matches of the newest periods (months, then quarters) through their own text indexes
 * ({@link SearchPeriods}), costed as f × (the statements of the newest periods that should hold about twice
 * {@code candidates} matches); so a search reads only the posting lists and rows of those periods, not of all T
 * statements. The periods are read newest first until the matches found reach {@code candidates}: the estimate
 * chooses the plan, the matches decide where it stops (words that meet less or more often than the product of their
 * shares suggests). Only for a q with no other filter than languages, speakers and outlets (those by their share of
 * all statements; any other filter makes f overestimate the matches). If the whole window holds fewer than
 * {@code candidates} matches, every match is ranked.</li>
 * </ul>
 * The cheapest plan is chosen in SQL, once per search (a materialized CTE), and every branch is gated on it, so only
 * one runs: the planner never has to guess q's frequency, which the initplan-wrapped, language-OR-ed tsquery hides.
 * <p>
 * What users see: a bounded search's results are its most relevant among its newest matches, and paging with the
 * cursor goes through exactly those candidates (no duplicates, no gaps) and then ends.
 */
public record BoundedRelevance(int candidates) {

    /** The default of {@code statements.search.relevance.candidates}. */
    public static final BoundedRelevance DEFAULT = new BoundedRelevance(500);

    boolean bounds() {
        return candidates > 0;
    }

    /** The {@code page} CTE of a relevance search; {@code periods} newest first, as {@link SearchPeriods} reads them. */
    Sql page(StatementFilter f, List<String> after, int fetch, List<SearchPeriod> periods) {
        // q, maybe languages, speakers and outlets, and nothing else: the filters whose matches the words' and the
        // speakers' and outlets' shares estimate, and that the period indexes serve (words, speaker and outlet keys)
        List<SearchPeriod> recent = f.q() != null && f.onlyConditions(StatementFilter.Condition.WORDS,
                StatementFilter.Condition.LANGUAGES, StatementFilter.Condition.SPEAKER_IDS,
                StatementFilter.Condition.OUTLETS) ? periods : List.of();
        Sql sql = new Sql().add("with share as materialized (" + plan() + "),\n",
                f.languages().isEmpty() ? "en" : f.languages().get(0), f.q(), Sql.uuids(f.speakerIds()),
                Sql.uuids(f.outletIds()), rows(recent));
        if (!recent.isEmpty()) {
            // q read once for all periods (each initplan of its own would read it again: milliseconds each)
            sql.add("words as materialized (select " + StatementQueries.TSQ_CALL + " as q,"
                    + " websearch_to_tsquery('public.statements_en', ?) as en),\n", StatementQueries.tsqParams(f));
            sql.add("", f.q());
            // Period by period, newest first, each only while the newer ones hold fewer than the candidates (a
            // running count, r<i> and n<i>): the estimate chose the plan, the matches found decide where it stops.
            for (int i = 1; i <= recent.size(); i++) {
                sql.add("r" + i + " as materialized (select s.id, ts_rank(s.search_vector, case when"
                        + " s.text_search_config = 'statements_en' then (select en from words) else (select q from words)"
                        + " end) as k from statement s");
                StatementQueries.where(sql, f, true, "(select q from words)");
                sql.add(" and " + SearchPeriods.condition(recent.get(i - 1)) + " and (select plan from share) = 'recent'"
                        + (i == 1 ? "" : " and (select c from n" + (i - 1) + ") < " + candidates) + "),\n");
                sql.add("n" + i + " as materialized (select " + (i == 1 ? "" : "(select c from n" + (i - 1) + ") + ")
                        + "count(*) as c from r" + i + "),\n");
            }
            sql.add("recent as (" + IntStream.rangeClosed(1, recent.size())
                    .mapToObj(i -> "select id, k from r" + i).collect(Collectors.joining(" union all ")) + "),\n");
        }
        String found = "(select c from n" + recent.size() + ")";
        // Each branch's gate sits above its scan (a LIMIT keeps the planner from pushing it down): a parallel scan
        // under a gate that is false would still start its workers, which cost more than a narrow search. Only one
        // branch returns rows; the outer LIMIT tells the planner so (21 rows, not 3 × 21), and it then looks up the
        // page's speakers and outlets by key instead of hashing every speaker (0.5-1 ms a search at 3,000 speakers).
        sql.add("page as (select u.id, u.k from ((select n.id, n.k from (select s.id, " + StatementQueries.RANK
                + " as k from statement s",
                StatementQueries.rankParams(f));
        StatementQueries.where(sql, f, true);
        after(sql, "(" + StatementQueries.RANK + ", s.id)", f, after);
        sql.add(" order by k desc, s.id desc limit " + fetch + ") n where (select plan from share) = 'all'"
                + (recent.isEmpty() ? "" : " or ((select plan from share) = 'recent' and " + found + " < " + candidates
                + ")") + ")\n union all\n");
        sql.add("(select c.id, c.k from (select s.id, " + StatementQueries.RANK + " as k from statement s",
                StatementQueries.rankParams(f));
        StatementQueries.where(sql, f, false);
        sql.add(" order by " + StatementQueries.REPORTED_KEY + " desc, s.id desc limit " + candidates
                + ") c where (select plan from share) = 'walk'");
        after(sql, "(c.k, c.id)", null, after);
        sql.add(" order by c.k desc, c.id desc limit " + fetch + ")");
        if (!recent.isEmpty()) {
            sql.add("\n union all\n(select r.id, r.k from recent r where " + found + " >= " + candidates);
            after(sql, "(r.k, r.id)", null, after);
            sql.add(" order by r.k desc, r.id desc limit " + fetch + ")");
        }
        return sql.add(") u order by u.k desc, u.id desc limit " + fetch + ")\n");
    }

    /**
     * The plan (all, walk or recent) by its cost in matches ranked, and how many of the newest periods hold about
     * twice the candidates (k; none when even all of them hold fewer). Without periods ({} rows) this is the bound of
     * V24_1: walk when f ≥ √(candidates × w / r / T). Within speakers or outlets, T and the periods' statements are
     * theirs (their share s of all statements by the statistics, V33_1): the text indexes hold both as keys, so
     * their matches cost f × s × T to rank, and the walk goes through their statements only.
     */
    private String plan() {
        return "select m.f, case when m.f > 0 and " + candidates + " / m.f * m.w <= least(m.f * m.n, coalesce(m.f"
                + " * m.rows, 'infinity'::float8)) then 'walk' when m.rows < m.n then 'recent' else 'all' end as plan,"
                + " m.k from (select x.f, x.w, x.t * x.s as n, r.k, r.rows from (select statements_match_share(?, ?)"
                + " as f, statements_walk_factor() as w, (select greatest(c.reltuples, 1)::float8 from pg_class c"
                + " where c.oid = 'statement'::regclass) as t, statements_column_share('speaker_id', ?::uuid[])"
                + " * statements_column_share('outlet_id', ?::uuid[]) as s offset 0) x left join lateral (select p.i as k,"
                + " p.c * x.s as rows from (select u.i, sum(u.r) over (order by u.i) as c from unnest(?::text::float8[])"
                + " with ordinality u(r, i)) p where x.f * x.s * p.c >= " + 2 * candidates + " order by p.i limit 1) r"
                + " on true) m";
    }

    private static void after(Sql sql, String key, StatementFilter rankOf, List<String> after) {
        if (after == null) {
            return;
        }
        sql.add(" and " + key + " < (?::text::real, ?::text::uuid)");
        if (rankOf != null) {
            sql.add("", StatementQueries.rankParams(rankOf));
        }
        sql.add("", after.get(0), after.get(1));
    }

    /** The periods' statements as a PostgreSQL array literal, bound as text. */
    private static String rows(List<SearchPeriod> periods) {
        return periods.stream().map(p -> Long.toString(Math.round(p.statements())))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
