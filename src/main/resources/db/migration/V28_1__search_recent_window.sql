-- Bounded relevance, third plan (#16): rank the matches of a recent window of days. At 10M statements a word in
-- 1.6 % of them has 160,000 matches: ranking them all reads 160,000 rows (~0.5 s), walking the date index for its
-- newest 1,000 reads ~62,000 (~0.1 s, more under load). A text index that also holds each statement's day answers
-- "the matches of the last D days" by intersecting two posting lists inside the index, so only those matches' rows
-- are read: about twice the candidates, whatever the size of the table. btree_gin makes an integer a GIN key.
create extension if not exists btree_gin;

-- Days since 1970-01-01 UTC; null for a missing or infinite date. Immutable (no time zone involved), so it can key
-- an index: the difference of two timestamptz is an interval of days and time, whose epoch is exact.
create or replace function statements_day(t timestamptz) returns integer
    language sql immutable parallel safe as
$$
select case when isfinite(t) then floor(extract(epoch from (t - timestamptz '1970-01-01 00:00:00+00')) / 86400)::integer end;
$$;

-- The text index keyed by day as well; it serves a search by words alone exactly as the index it replaces did (a
-- multicolumn GIN index looks up each column's keys on their own).
create index statement_search_day_idx on statement using gin (statements_day(reported_at), search_vector);
drop index statement_search_idx;

-- Where the statements lie in time: the day of each bound of PostgreSQL's equal-count histogram of reported_at
-- (ANALYZE; 101 bounds by default, so each pair of neighbours holds 1 % of the dated statements). Copied with the word
-- shares on the service's schedule, so a search reads one small row instead of the statistics view.
create table search_day_histogram (
    only_row boolean primary key default true check (only_row),
    days     integer[] not null
);

-- How large a share of all statements the most common speakers and outlets have (ANALYZE's most common values of
-- speaker_id and outlet_id), copied on the same schedule. A search filtered by speaker or outlet walks that one's
-- statements only, and ranks only its matches among them: both plans' costs scale with the filter's share.
create table search_key_share (
    key_column text not null,
    key        uuid not null,
    share      real not null,
    primary key (key_column, key)
);

-- Sooner re-analysis than the default 10 %: statements stored since the last ANALYZE lie after the histogram's last
-- bound and so inside every window; 2 % keeps that excess small (200,000 statements at 10M).
alter table statement set (autovacuum_analyze_scale_factor = 0.02);

create or replace function statements_refresh_lexeme_shares() returns integer
    language sql volatile as
$$
with fresh as (
    select x.lexeme, max(x.share) as share
    from pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as x(lexeme, share)
    where s.schemaname = current_schema() and s.tablename = 'statement' and s.attname = 'search_vector'
      and x.lexeme is not null
    group by x.lexeme),
gone as (
    delete from search_lexeme_share t where not exists (select 1 from fresh f where f.lexeme = t.lexeme)),
walk as (
    insert into search_walk_cost (factor)
    select (0.6 + 1.2 * (1 - abs(s.correlation))) / 3.1
    from pg_stats s
    where s.schemaname = current_schema() and s.tablename = 'statement' and s.attname = 'reported_at'
      and s.correlation is not null
    on conflict (only_row) do update set factor = excluded.factor),
days as (
    insert into search_day_histogram (days)
    select array(select statements_day(b) from unnest(s.histogram_bounds::text::timestamptz[]) as b)
    from pg_stats s
    where s.schemaname = current_schema() and s.tablename = 'statement' and s.attname = 'reported_at'
      and s.histogram_bounds is not null
    on conflict (only_row) do update set days = excluded.days),
keys as (
    select s.attname::text as key_column, x.key, x.share
    from pg_stats s, unnest(s.most_common_vals::text::uuid[], s.most_common_freqs) as x(key, share)
    where s.schemaname = current_schema() and s.tablename = 'statement' and s.attname in ('speaker_id', 'outlet_id')),
keys_gone as (
    delete from search_key_share t
    where not exists (select 1 from keys k where k.key_column = t.key_column and k.key = t.key)),
keys_kept as (
    insert into search_key_share (key_column, key, share) select key_column, key, share from keys
    on conflict (key_column, key) do update set share = excluded.share),
kept as (
    insert into search_lexeme_share (lexeme, share) select lexeme, share from fresh
    on conflict (lexeme) do update set share = excluded.share
    returning 1)
select count(*)::integer from kept;
$$;

-- The share of all statements a filter by these speakers and outlets leaves (1 without either): the sum of the
-- named ones' shares, each missing one counted as the least common value kept (it is at most that common), as if the
-- two filters were independent.
create or replace function statements_filter_share(speakers uuid[], outlets uuid[]) returns real
    language sql stable parallel safe as
$$
select (coalesce(least(1, (select sum(coalesce(k.share, (select min(m.share) from search_key_share m
                                                          where m.key_column = 'speaker_id'), 1))
                           from unnest(speakers) as v(key)
                                    left join search_key_share k on k.key_column = 'speaker_id' and k.key = v.key)), 1)
      * coalesce(least(1, (select sum(coalesce(k.share, (select min(m.share) from search_key_share m
                                                          where m.key_column = 'outlet_id'), 1))
                           from unnest(outlets) as v(key)
                                    left join search_key_share k on k.key_column = 'outlet_id' and k.key = v.key)), 1))::real;
$$;

-- Which plan a relevance search runs, from the share of statements its words occur in (statements_match_share):
-- EXACT ranks every match (~share × T rows read, T statements), WALK walks the date index for the newest
-- `candidates` matches (~candidates / share rows, each costing statements_walk_factor() of a ranked match), WINDOW
-- ranks the matches of the newest days that hold about twice `candidates` of them (by the day histogram; the
-- window's rows are read through statement_search_day_idx). The cheapest wins; WINDOW only where the caller says it
-- may (words, perhaps in a language; the caller ranks every match instead when the window holds fewer than
-- `candidates`, so an estimate gone wrong costs time, never results).
-- filter_share: the share of statements a speaker or outlet filter leaves (statements_filter_share): matches and
-- the walk (which then walks that filter's own index) cover only those. day: the window's first day (WINDOW only).
create or replace function statements_relevance_plan(share real, filter_share real, candidates integer,
                                                     windowed boolean, out plan text, out day integer)
    language plpgsql stable parallel safe as
$$
declare
    t       float8  := greatest((select c.reltuples from pg_class c where c.oid = 'statement'::regclass), 1);
    matches float8  := share * filter_share * t;
    walk    float8  := case when share > 0 then least(candidates / share, filter_share * t) * statements_walk_factor()
                            else 'infinity' end;
    days    integer[];
    n       integer;
    i       integer;
    window_rows float8 := 'infinity';
begin
    if windowed and candidates > 0 and matches > 2 * candidates then
        days := (select h.days from search_day_histogram h);
        n := coalesce(array_length(days, 1), 0);
        if n > 1 then
            -- bound i leaves bins i .. n - 1 (of n - 1 equal ones) after it; floor moves it back, never forward
            i := floor((1 - 2.0 * candidates / matches) * (n - 1))::integer + 1;
            day := days[i];
            window_rows := matches * (n - i) / (n - 1);
        end if;
    end if;
    plan := case when matches <= least(walk, window_rows) then 'EXACT'
                 when window_rows < walk then 'WINDOW'
                 else 'WALK' end;
    if plan <> 'WINDOW' then
        day := null;
    end if;
end;
$$;
