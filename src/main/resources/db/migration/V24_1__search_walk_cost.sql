-- Bounded relevance (#16): what walking the reported-at index costs per statement, relative to ranking a match, so
-- that the broad plan (walk the newest statements, check q row by row) is chosen as soon as it is the cheaper one.
-- Measured on the 1M bench data (docs/scaling.md): ranking a match found through the text index costs ~3.1 µs (it
-- reads the match's row, wherever it lies); the walk checks a row in ~0.6 µs when rows lie in reported-at order on
-- disk (statements stored as they are reported) and ~1.8 µs when they lie in random order (a back-filled archive).
-- PostgreSQL's statistics say which: the correlation of reported_at with the physical order (ANALYZE).
create table search_walk_cost (
    only_row boolean primary key default true check (only_row),
    factor   real not null
);

-- The walk's cost per statement over ranking's cost per match: 0.19 in reported-at order, 0.58 in random order;
-- 1 (the bound before #16's measurement) until the statistics have been read once.
create or replace function statements_walk_factor() returns float8
    language sql stable parallel safe as
$$
select coalesce((select factor from search_walk_cost), 1)::float8;
$$;

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
kept as (
    insert into search_lexeme_share (lexeme, share) select lexeme, share from fresh
    on conflict (lexeme) do update set share = excluded.share
    returning 1)
select count(*)::integer from kept;
$$;
