package io.statements.search;

import java.util.Set;
import java.util.stream.Collectors;

/** SQL of the aggregations; public so the benchmark issues exactly what the API runs. */
public final class AggregateQueries {

    public static final int FACET_SIZE = 20;

    private AggregateQueries() {
    }

    /**
     * The filtered rows are read once and grouped by every requested facet's column in one pass (grouping sets), and
     * a window keeps the top values per facet. Speaker and outlet labels are joined for those rows only.
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
        boolean bounded = samplePercent <= 0 && exactLimit > 0;
        return facets(f, facets, collapse, sample, "", samplePercent > 0 ? 100 / samplePercent : 1,
                bounded ? exactLimit + 1 : 0, bounded);
    }

    /**
     * The facets of the statements in the text index's sample ({@link #IN_INDEX_SAMPLE}: one in
     * {@link #INDEX_SAMPLE_SCALE}, V34_1) that match, every count scaled up by that factor; a fifth column holds how
     * many sampled statements matched (not scaled). For a search by words the sample's own text index finds them, so
     * this reads an eighth of the postings and rows the exact count reads.
     */
    public static Sql facetsOfIndexSample(StatementFilter f, Set<Facet> facets, boolean collapse) {
        return facets(f, facets, collapse, "", " and " + IN_INDEX_SAMPLE, INDEX_SAMPLE_SCALE, 0, true);
    }

    /**
     * The statements read: those of {@code tableSample} (a TABLESAMPLE clause or "") that match the filter and the
     * condition {@code rowSample} (" and ..." or ""), at most {@code limit} of them (0: all); counts scaled by
     * {@code scaleBy}; with {@code withMatched}, a fifth column of how many statements were read.
     */
    private static Sql facets(StatementFilter f, Set<Facet> facets, boolean collapse, String tableSample,
                              String rowSample, double scaleBy, int limit, boolean withMatched) {
        String scale = scaleBy != 1 ? "round(top.n * " + plain(scaleBy) + ")::bigint" : "top.n";
        Sql sql = new Sql();
        String matched;
        if (collapse) {
            sql.add("with m as materialized (select s.speaker_id, s.outlet_id, s.stance, s.stance_target, s.channel,"
                    + " s.topics, s.language, s.utterance_id from statement s" + tableSample);
            StatementQueries.where(sql, f);
            sql.add(rowSample + (limit > 0 ? " limit " + limit : "") + "), f(facet, id, value, n) as (");
            sql.add(facets.stream().map(x -> x.collapsedBranch).collect(Collectors.joining(" union all ")));
            matched = "(select count(*) from m)";
        } else {
            // One pass over the matches counts every facet (a hash table per grouping set), where a branch a facet
            // re-read them from a materialized CTE: the facets of 14,000 matches took 110-140 ms, now 65-80 (#16)
            String columns = facets.stream().map(x -> "s." + x.column).collect(Collectors.joining(", "));
            sql.add("with g as (select " + columns + ", " + facets.stream().map(x -> "grouping(s." + x.column + ") as "
                    + x.groupedBy()).collect(Collectors.joining(", ")) + ", count(*) as n from (select " + columns
                    + " from statement s" + tableSample);
            StatementQueries.where(sql, f);
            sql.add(rowSample + (limit > 0 ? " limit " + limit : "") + ") s group by grouping sets ("
                    + (withMatched ? "(), " : "") + facets.stream().map(x -> "(s." + x.column + ")")
                    .collect(Collectors.joining(", ")) + ")), f(facet, id, value, n) as (");
            sql.add(facets.stream().map(x -> x.fromGroups).collect(Collectors.joining(" union all ")));
            // the empty grouping set (every flag 1) is the number of matches read
            matched = "coalesce((select n from g where " + facets.stream().map(x -> x.groupedBy() + " = 1")
                    .collect(Collectors.joining(" and ")) + "), 0)";
        }
        return sql.add("), top as (select f.*, row_number() over (partition by facet order by n desc, value, id) rn"
                + " from f) select top.facet, top.id, coalesce(sp.name, o.domain, top.value), " + scale
                + (withMatched ? ", " + matched + " as matched" : "") + " from top"
                + " left join speaker sp on sp.id = top.id and top.facet = 'speaker'"
                + " left join outlet o on o.id = top.id and top.facet = 'outlet'"
                + " where rn <= " + FACET_SIZE + " order by top.facet, rn");
    }

    /**
     * The facets of every statement estimated from PostgreSQL's column statistics (pg_stats: the most common values
     * and their frequencies, or for topics the most common elements, that ANALYZE keeps from a row sample), scaled by
     * the planner's row count: no statement is read. Rows as {@link #facets}, plus a fifth column: whether the
     * statistics may answer, which needs a table larger than {@code exactLimit} and statistics of every requested
     * column that list its most common values: at least {@link #FACET_SIZE} of them, or every value, or values that
     * the unlisted ones are on average at most half as common as (the rest are rare: a sample saw them once). A
     * column whose values are about equally common has no such list, and the caller counts as before.
     */
    public static Sql facetsFromStatistics(Set<Facet> facets, int exactLimit) {
        String columns = facets.stream().map(f -> "'" + f.column + "'").collect(Collectors.joining(", "));
        // for an array column every element is listed when the listed elements' shares add up to the average number
        // of distinct elements a row holds (the last entry of its histogram of those numbers)
        String listsTheCommon = "null_frac >= 0.999 or listed >= " + FACET_SIZE + " or case when attname = 'topics'"
                + " then coalesce((select sum(x) from unnest(elem_freqs[1:listed]) x), 0)"
                + " >= 0.99 * coalesce(elem_counts[cardinality(elem_counts)], 0)"
                + " else (1 - null_frac - coalesce((select sum(x) from unnest(freqs) x), 0)) / greatest(case when"
                + " n_distinct >= 0 then n_distinct else -n_distinct * (select * from rows_of) end - listed, 1)"
                + " <= (select min(x) from unnest(freqs) x) / 2 end";
        return new Sql().add("with rows_of as (" + TABLE_ROWS + "),"
                + " stats as (select s.attname::text as attname, s.null_frac, s.n_distinct,"
                + " s.most_common_vals::text::text[] as vals, s.most_common_freqs as freqs,"
                + " s.most_common_elems::text::text[] as elems, s.most_common_elem_freqs as elem_freqs,"
                + " s.elem_count_histogram as elem_counts, coalesce(cardinality(case when s.attname = 'topics' then"
                + " s.most_common_elems::text::text[] else s.most_common_vals::text::text[] end), 0) as listed"
                + " from pg_stats s where s.schemaname = current_schema() and s.tablename = 'statement'"
                + " and not s.inherited and s.attname in (" + columns + ")),"
                + " answers as (select count(*) filter (where coalesce(" + listsTheCommon + ", false)) = "
                + facets.size() + " and (select * from rows_of) > " + exactLimit + " as usable from stats),"
                + " shares(facet, value, share) as (select case s.attname when 'speaker_id' then 'speaker'"
                + " when 'outlet_id' then 'outlet' else s.attname end, v.value, v.share"
                + " from stats s, unnest(s.vals, s.freqs) v(value, share) where s.attname <> 'topics'"
                + " union all select 'topic', v.value, v.share * (1 - s.null_frac) from stats s,"
                + " unnest(s.elems, s.elem_freqs[1:s.listed]) v(value, share) where s.attname = 'topics'),"
                + " grouped as (select facet, (array_agg(value order by share desc, value))[1] as value,"
                + " sum(share) as share from shares group by facet, case facet when 'stance_target' then"
                + " statements_name_key(value) when 'topic' then lower(value) when 'language' then lower(value)"
                + " else value end),"
                + " top as (select g.facet, case when g.facet in ('speaker', 'outlet') then g.value::uuid end as id,"
                + " g.value, round(g.share * (select * from rows_of))::bigint as n, row_number() over (partition by"
                + " g.facet order by g.share desc, g.value) rn from grouped g)"
                + " select top.facet, top.id, coalesce(sp.name, o.domain, case when top.id is null then top.value end),"
                + " top.n, (select usable from answers) from top"
                + " left join speaker sp on sp.id = top.id and top.facet = 'speaker'"
                + " left join outlet o on o.id = top.id and top.facet = 'outlet'"
                + " where top.rn <= " + FACET_SIZE + " and top.n > 0" // a speaker merged away or an outlet gone: not shown
                + " and (top.id is null or coalesce(sp.id, o.id) is not null) order by top.facet, top.rn");
    }

    private static String plain(double number) {
        return java.math.BigDecimal.valueOf(number).setScale(6, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Whether a statement is in the text index's sample: one in eight, by the last byte of its id (random in a
     * UUIDv7). The same expression as the partial index's predicate (V34_1), so that the planner can use that index.
     */
    static final String IN_INDEX_SAMPLE = "get_byte(uuid_send(s.id), 15) < 32";
    static final int INDEX_SAMPLE_SCALE = 8;

    /** When the statement table's statistics were last taken (null on a replica, which does not count ANALYZEs). */
    static Sql lastAnalyzed() {
        return new Sql().add("select greatest(pg_stat_get_last_analyze_time('statement'::regclass),"
                + " pg_stat_get_last_autoanalyze_time('statement'::regclass))");
    }

    /** The planner's row count of the statement table: enough to size a sample. */
    public static final String TABLE_ROWS = "select greatest(reltuples, 0)::bigint from pg_class where oid = 'statement'::regclass";

    /**
     * The planner's row count of the statement table and how many of its statements a search with only words (and
     * languages) is expected to match: the words' shares from PostgreSQL's statistics ({@code statements_match_share},
     * as {@link BoundedRelevance} reads them) times the row count; and how many postings counting them exactly reads
     * (the sum of the words' shares times the row count, {@code statements_postings_share}, V35_1).
     */
    static Sql tableAndExpectedMatches(StatementFilter wordsOnly) {
        String language = wordsOnly.languages().isEmpty() ? "en" : wordsOnly.languages().get(0);
        return new Sql().add("select t.n, statements_match_share(?, ?) * t.n, statements_postings_share(?, ?) * t.n"
                + " from (" + TABLE_ROWS + ") t(n)", language, wordsOnly.q(), language, wordsOnly.q());
    }

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
