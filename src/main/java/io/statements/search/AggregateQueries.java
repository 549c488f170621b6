package io.statements.search;

import java.util.Set;
import java.util.stream.Collectors;

/** SQL of the aggregations; public so the benchmark issues exactly what the API runs. */
public final class AggregateQueries {

    public static final int FACET_SIZE = 20;

    private AggregateQueries() {
    }

    /**
     * The filtered rows are read once (materialized CTE), each requested facet groups them, and a
     * window keeps the top values per facet. Speaker and outlet labels are joined for those rows only.
     */
    public static Sql facets(StatementFilter f, Set<Facet> facets) {
        return facets(f, facets, false);
    }

    /** With {@code collapse}, a value counts the distinct utterances among its statements. */
    public static Sql facets(StatementFilter f, Set<Facet> facets, boolean collapse) {
        return facets(f, facets, collapse, 0);
    }

    /**
     * With {@code samplePercent} above 0 the statements are read from a block sample of that share of the table
     * (TABLESAMPLE SYSTEM, repeatable so that the same search shows the same counts) and every count is scaled up
     * by 100 / percent: an estimate, for searches matching too many statements to count at interactive speed.
     */
    public static Sql facets(StatementFilter f, Set<Facet> facets, boolean collapse, double samplePercent) {
        return facets(f, facets, collapse, samplePercent, 0);
    }

    /**
     * With {@code exactLimit} above 0 (and no sample), at most {@code exactLimit + 1} matching statements are read and
     * every row carries, as a fifth column, how many were: more than the limit means the counts are incomplete and
     * the search must be counted on a sample instead. A search within the limit costs one query, as before.
     */
    public static Sql facets(StatementFilter f, Set<Facet> facets, boolean collapse, double samplePercent,
                             int exactLimit) {
        String sample = samplePercent > 0 ? " tablesample system (" + plain(samplePercent) + ") repeatable (0)" : "";
        String scale = samplePercent > 0 ? "round(top.n * " + plain(100 / samplePercent) + ")::bigint" : "top.n";
        Sql sql = new Sql().add("with m as materialized (select s.speaker_id, s.outlet_id, s.stance, "
                + "s.stance_target, s.channel, s.topics, s.language, s.utterance_id from statement s" + sample);
        StatementQueries.where(sql, f);
        boolean bounded = samplePercent <= 0 && exactLimit > 0;
        if (bounded) {
            sql.add(" limit " + (exactLimit + 1));
        }
        sql.add("), f(facet, id, value, n) as (");
        sql.add(facets.stream().map(x -> collapse ? x.branch.replace("count(*)", "count(distinct utterance_id)")
                : x.branch).collect(Collectors.joining(" union all ")));
        return sql.add("), top as (select f.*, row_number() over (partition by facet order by n desc, value, id) rn"
                + " from f) select top.facet, top.id, coalesce(sp.name, o.domain, top.value), " + scale
                + (bounded ? ", (select count(*) from m) as matched" : "") + " from top"
                + " left join speaker sp on sp.id = top.id and top.facet = 'speaker'"
                + " left join outlet o on o.id = top.id and top.facet = 'outlet'"
                + " where rn <= " + FACET_SIZE + " order by top.facet, rn");
    }

    private static String plain(double number) {
        return java.math.BigDecimal.valueOf(number).setScale(6, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The planner's row count of the statement table: enough to size a sample. */
    public static final String TABLE_ROWS = "select greatest(reltuples, 0)::bigint from pg_class where oid = 'statement'::regclass";

    /**
     * Stance counts per speaker toward the filtered targets (or per speaker and target when none is
     * named), most statements first.
     */
    public static Sql stances(StatementFilter f, boolean perTarget, int limit) {
        String target = perTarget ? ", statements_name_key(s.stance_target)" : "";
        Sql sql = new Sql().add("select g.*, sp.name as speaker_name, sp.kind as speaker_kind, sp.title as speaker_title,"
                + " sp.affiliation as speaker_affiliation from (select s.speaker_id, "
                + (perTarget ? "mode() within group (order by s.stance_target)" : "null::text") + " as target, "
                + "count(*) filter (where s.stance = 'SUPPORT') as support, "
                + "count(*) filter (where s.stance = 'OPPOSE') as oppose, "
                + "count(*) filter (where s.stance = 'NEUTRAL') as neutral, "
                + "count(*) filter (where s.stance = 'UNCLEAR') as unclear, "
                + "count(*) as total from statement s");
        StatementQueries.where(sql, f);
        return sql.add(" and s.stance is not null and s.stance_target is not null group by s.speaker_id" + target
                + " order by total desc, s.speaker_id" + target + " limit " + limit
                + ") g join speaker sp on sp.id = g.speaker_id order by g.total desc, g.speaker_id, g.target");
    }

    /** Matching statements per UTC day of reported_at, oldest first (statements without it are not counted). */
    public static Sql days(StatementFilter f) {
        Sql sql = new Sql().add("select (s.reported_at at time zone 'UTC')::date as day, count(*) from statement s");
        StatementQueries.where(sql, f);
        return sql.add(" and s.reported_at is not null group by day order by day");
    }
}
