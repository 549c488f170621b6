-- Bounded relevance (#16): a search filtered by speaker or outlet walks that one's statements only (its own
-- (key, reported, id) index) and ranks only its matches among them, so both plans' costs scale with the filter's
-- share of all statements. At 10M a mid-frequency word within one speaker was walked (a word in 1.6 % of statements
-- is above the walk's bound), reading all of that speaker's 37,000 statements for its 521 matches; ranked in full it
-- reads the 521 matches found by intersecting the text index with the speaker's (a BitmapAnd).

-- How large a share of all statements the most common speakers and outlets have (ANALYZE's most common values of
-- speaker_id and outlet_id), copied on the same schedule. A search filtered by speaker or outlet walks that one's
-- statements only, and ranks only its matches among them: both plans' costs scale with the filter's share.
create table search_key_share (
    key_column text not null,
    key        uuid not null,
    share      real not null,
    primary key (key_column, key)
);

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

-- Which plan a relevance search runs, from the share of statements its words occur in (statements_match_share) and
-- the share a speaker or outlet filter leaves (statements_filter_share): EXACT ranks every match (~share ×
-- filter_share × T rows read, T statements), WALK walks the date index of the filter for the newest `candidates`
-- matches (~candidates / share rows, never more than the filter's own statements, each costing
-- statements_walk_factor() of a ranked match). The cheaper wins; without a filter this is V24_1's bound,
-- share ≥ √(candidates × w / T).
create or replace function statements_relevance_plan(share real, filter_share real, candidates integer)
    returns text
    language sql stable parallel safe as
$$
select case when share <= 0
                 or share * filter_share * t <= least(candidates / share, filter_share * t) * statements_walk_factor()
            then 'EXACT' else 'WALK' end
from (select greatest(c.reltuples, 1)::float8 as t from pg_class c where c.oid = 'statement'::regclass) n;
$$;
