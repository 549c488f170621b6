package io.statements.search;

import java.util.List;
import java.util.UUID;

/**
 * Builds the SQL of every search shape. Public so the benchmark issues exactly the SQL the API runs.
 * Sort keys and filter expressions repeat the migration's index expressions verbatim so that the
 * planner can use those indexes.
 */
public final class StatementQueries {

    /**
     * q read in every text search configuration that the filter's languages (all, when none is named) may have
     * stored the words in (V15_1). An initplan: computed once per query, never per row.
     */
    static final String TSQ_CALL = "statements_tsquery(?::text[], ?)";
    static final String TSQ = "(select " + TSQ_CALL + ")";
    /**
     * Ranks a statement against q read in the statement's own configuration where that is English, so English
     * ranking is exactly what it was before languages; other statements against the combined query.
     */
    static final String RANK = "ts_rank(s.search_vector, case when s.text_search_config = 'statements_en' then (select "
            + "websearch_to_tsquery('public.statements_en', ?)) else " + TSQ + " end)";
    static final String REPORTED_KEY = "coalesce(s.reported_at, '-infinity'::timestamptz)";
    static final String STATED_KEY = "coalesce(s.stated_at, '-infinity'::timestamptz)";
    private static final String COLUMNS = """
            select s.id, s.text, s.kind, s.cue, s.channel, s.via, s.stance, s.stance_target, s.topics, s.language,
                   s.language_detected, s.stated_at, s.reported_at, s.origin, s.created_at, s.updated_at, s.version,
                   s.external_id,
                   sp.id as speaker_id, sp.name as speaker_name, sp.kind as speaker_kind, sp.title as speaker_title,
                   sp.affiliation as speaker_affiliation, o.id as outlet_id, o.name as outlet_name,
                   o.domain as outlet_domain, a.id as article_id, a.url as article_url, a.title as article_title,
                   a.published_at as article_published_at, page.k::text as sort_key,
                   u.id as utterance_id, u.reports as utterance_reports, u.first_reported_at as utterance_first_reported_at""";
    private static final String JOINS = """
             from page join statement s on s.id = page.id join speaker sp on sp.id = s.speaker_id
             join outlet o on o.id = s.outlet_id left join article a on a.id = s.article_id
             left join utterance u on u.id = s.utterance_id""";
    static final String MARK_START = "\u0002";
    static final String MARK_END = "\u0003";

    private StatementQueries() {
    }

    /**
     * One page in keyset order: the inner query picks ids and sort keys using the indexes, the outer one
     * joins the embedded summaries and highlights only the rows served. {@code after} holds the cursor's
     * sort key and id, or is null on the first page.
     */
    public static Sql page(StatementFilter f, SearchSort sort, List<String> after, int fetch) {
        return page(f, sort, after, fetch, false);
    }

    /**
     * With {@code collapse}, one row per utterance: its best report in the sort order (DISTINCT ON), chosen over
     * all filtered reports before the cursor applies, so that every page sees the same representatives: no
     * utterance twice, none skipped.
     */
    public static Sql page(StatementFilter f, SearchSort sort, List<String> after, int fetch, boolean collapse) {
        return page(f, sort, after, fetch, collapse, BoundedRelevance.DEFAULT, List.of());
    }

    /**
     * As above, a relevance search bounded as {@code relevance} says, with the newest periods' own text indexes
     * ({@link SearchPeriods#read}; see {@link BoundedRelevance}).
     */
    public static Sql page(StatementFilter f, SearchSort sort, List<String> after, int fetch, boolean collapse,
                           BoundedRelevance relevance, List<SearchPeriod> periods) {
        if (sort == SearchSort.RELEVANCE && !collapse && relevance.bounds()) {
            return finish(relevance.page(f, after, fetch, periods), f, "desc");
        }
        String dir = sort.descending ? "desc" : "asc";
        Sql sql = new Sql();
        if (collapse) {
            sql.add("with best as (select distinct on (s.utterance_id) s.id, " + sort.key + " as k from statement s");
            if (sort == SearchSort.RELEVANCE) {
                sql.add("", rankParams(f));
            }
            where(sql, f);
            sql.add(" order by s.utterance_id, k " + dir + ", s.id " + dir + "), page as (select s.id, s.k from best s"
                    + " where true");
        } else {
            sql.add("with page as (select s.id, " + sort.key + " as k from statement s");
            if (sort == SearchSort.RELEVANCE) {
                sql.add("", rankParams(f));
            }
            where(sql, f);
        }
        String key = collapse ? "s.k" : sort.key;
        if (after != null) {
            // Typed from text: the cursor carries the keys as text, and both database clients bind them as such.
            sql.add(" and (" + key + ", s.id) " + (sort.descending ? "<" : ">") + " (?::text::" + sort.keyType
                    + ", ?::text::uuid)");
            if (sort == SearchSort.RELEVANCE && !collapse) {
                sql.add("", rankParams(f));
            }
            sql.add("", after.get(0), after.get(1));
        }
        sql.add(" order by k " + dir + ", s.id " + dir + " limit " + fetch + ")\n");
        return finish(sql, f, dir);
    }

    /**
     * One batch of an export: the filter's matches after {@code afterId} in id order (the primary key's), with a
     * page's columns (no highlight) plus who created and last changed each statement.
     */
    static Sql exportBatch(StatementFilter f, UUID afterId, int batch) {
        Sql sql = new Sql().add("with page as (select s.id, null::text as k from statement s");
        where(sql, f);
        if (afterId != null) {
            sql.add(" and s.id > ?::text::uuid", afterId.toString());
        }
        sql.add(" order by s.id limit " + batch + ")\n");
        return sql.add(COLUMNS).add(", s.created_by, s.updated_by\n").add(JOINS).add(" order by page.id");
    }

    /** After the {@code page} CTE (ids and sort keys): the served rows' columns, highlights and summaries. */
    private static Sql finish(Sql sql, StatementFilter f, String dir) {
        sql.add(COLUMNS);
        if (f.q() != null) {
            // The marks are control characters; any already in the text are dropped so they cannot fake a mark.
            // The statement's own configuration reads both its text and q, so inflected forms are marked as they
            // matched; per served row only, and never the combined query of every language (ts_headline's time
            // grows steeply with the size of the query).
            sql.add(", ts_headline(('public.' || s.text_search_config)::regconfig, translate(s.text, chr(2) || chr(3),"
                    + " ''), websearch_to_tsquery(('public.' || s.text_search_config)::regconfig, ?), "
                    + "'HighlightAll=true, StartSel=" + MARK_START + ", StopSel=" + MARK_END + "') as headline", f.q());
        }
        return sql.add("\n").add(JOINS).add(" order by page.k " + dir + ", page.id " + dir);
    }

    /** The parameters of {@link #TSQ}: the filter's languages and q. */
    static Object[] tsqParams(StatementFilter f) {
        return new Object[] {Sql.strings(f.languages()), f.q()};
    }

    /** The parameters of {@link #RANK}. */
    static Object[] rankParams(StatementFilter f) {
        return new Object[] {f.q(), Sql.strings(f.languages()), f.q()};
    }

    /** The AND of all filters; each multi-valued filter is an OR over its values. */
    public static void where(Sql sql, StatementFilter f) {
        where(sql, f, true);
    }

    /**
     * With {@code textIndex} false, q is a plain condition the full-text index cannot serve, so that the planner
     * walks another index in its order and checks q row by row (a broad q's newest matches, {@link BoundedRelevance}).
     */
    static void where(Sql sql, StatementFilter f, boolean textIndex) {
        where(sql, f, textIndex, null);
    }

    /** With {@code words}, q's tsquery is that expression (computed once elsewhere in the statement), not {@link #TSQ}. */
    static void where(Sql sql, StatementFilter f, boolean textIndex, String words) {
        sql.add(" where true");
        if (f.matchesNothing()) {
            sql.add(" and false");
        }
        if (f.q() != null) {
            String tsq = words == null ? TSQ : words;
            sql.add(textIndex ? " and s.search_vector @@ " + tsq : " and coalesce(s.search_vector @@ " + tsq + ", false)",
                    words == null ? tsqParams(f) : new Object[0]);
        }
        ids(sql, "s.speaker_id", f.speakerIds());
        ids(sql, "s.outlet_id", f.outletIds());
        ids(sql, "s.article_id", f.articleIds());
        FilterTokens tokens = FilterTokens.of(f);
        tokens.add(sql);
        if (!f.stances().isEmpty() && !tokens.coversStance()) {
            sql.add(" and s.stance = any(?::text[])", (Object) Sql.strings(f.stances()));
        }
        if (!f.kinds().isEmpty() && !tokens.coversKind()) {
            sql.add(" and s.kind = any(?::text[])", (Object) Sql.strings(f.kinds()));
        }
        if (!f.channels().isEmpty() && !tokens.coversChannel()) {
            sql.add(" and s.channel = any(?::text[])", (Object) Sql.strings(f.channels()));
        }
        nameKeys(sql, "s.stance_target", f.stanceTargets());
        nameKeys(sql, "s.via", f.vias());
        if (!f.topics().isEmpty()) {
            sql.add(" and statements_topic_keys(s.topics) && ?::text[]", (Object) Sql.strings(f.topics()));
        }
        if (!f.languages().isEmpty() && !tokens.coversLanguage()) {
            // BCP 47 basic filtering (RFC 4647): "ru" also matches "ru-RU"; "en-GB" only itself
            sql.add(" and (lower(s.language) = any(?::text[]) or lower(split_part(s.language, '-', 1)) = any(?::text[]))",
                    Sql.strings(f.languages()), Sql.strings(f.languages()));
        }
        range(sql, REPORTED_KEY, f.reportedAfter(), f.reportedBefore());
        range(sql, STATED_KEY, f.statedAfter(), f.statedBefore());
        if (!f.externalIds().isEmpty()) {
            sql.add(" and s.external_id = any(?::text[])", (Object) Sql.strings(f.externalIds()));
        }
    }

    private static void ids(Sql sql, String column, List<java.util.UUID> ids) {
        if (ids.size() == 1) {
            sql.add(" and " + column + " = ?", ids.get(0));
        } else if (!ids.isEmpty()) {
            sql.add(" and " + column + " = any(?::uuid[])", (Object) Sql.uuids(ids));
        }
    }

    /**
     * Compared by name key (case, accents, punctuation ignored). One value is an equality, which the
     * (key, reported, id) index serves already in order; several become one initplan array.
     */
    private static void nameKeys(Sql sql, String column, List<String> values) {
        if (values.size() == 1) {
            sql.add(" and " + column + " is not null and statements_name_key(" + column + ") = statements_name_key(?)",
                    values.get(0));
        } else if (!values.isEmpty()) {
            sql.add(" and " + column + " is not null and statements_name_key(" + column + ") = any(array("
                    + "select statements_name_key(x) from unnest(?::text[]) x))", (Object) Sql.strings(values));
        }
    }

    /** After is inclusive, before exclusive; a missing date ('-infinity' key) never matches a range. */
    private static void range(Sql sql, String key, java.time.Instant after, java.time.Instant before) {
        if (after != null) {
            sql.add(" and " + key + " >= ?", after);
        }
        if (before != null) {
            sql.add(" and " + key + " < ? and " + key + " > '-infinity'::timestamptz", before);
        }
    }
}
