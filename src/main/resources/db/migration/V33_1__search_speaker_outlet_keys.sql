-- Words within one speaker or one outlet (#16): "embargo" said by one speaker was found by walking all of the
-- speaker's statements newest first and testing the words row by row (36,000 rows, 35 ms at 10M statements), or by
-- turning the word's 143,000 postings into a bitmap to AND with the speaker's (118-244 ms). The text index now holds
-- the speaker and the outlet as keys beside the words (btree_gin), so PostgreSQL intersects the posting lists inside
-- one index scan and reads only the rows that match both (521 rows, 5 ms). Still one text index, with two more keys
-- a statement. btree_gin ships with PostgreSQL and is a trusted extension (a database owner may create it); deployments
-- create it beforehand as superuser with the others (deploy/DATABASE.md), which makes the line below a no-op.
create extension if not exists btree_gin;

-- Built beside the old index, which goes last: searches keep an index throughout, and writes wait for the build
-- (about a minute at 10M statements). A large deployment may build it first by hand, without blocking writes:
--   create index concurrently statement_search_keyed_idx on statement using gin (search_vector, speaker_id, outlet_id);
-- and this migration then only drops the old index and renames.
create index if not exists statement_search_keyed_idx on statement using gin (search_vector, speaker_id, outlet_id);
drop index if exists statement_search_idx;
alter index statement_search_keyed_idx rename to statement_search_idx;

-- How large a share of all statements a speaker or an outlet has, from PostgreSQL's statistics (the most common values
-- and their frequencies; every other value the average of the rest), so that a search within a speaker can tell the
-- cost of ranking all its matches from walking its newest statements (BoundedRelevance). Read through pg_stats in the
-- search itself this cost 3.5 ms (1,000 common values parsed from text each time); a table costs a key lookup.
-- The nil UUID, never an id, holds the share of any value not listed.
create table search_column_share (
    column_name text not null,
    value       uuid not null,
    share       real not null,
    primary key (column_name, value)
);

create or replace function statements_refresh_column_shares() returns integer
    language plpgsql volatile as
$$
declare
    kept integer;
begin
    with total as (
        select greatest(c.reltuples, 1)::float8 as n from pg_class c where c.oid = 'statement'::regclass),
    stats as (
        select s.attname::text as column_name, s.null_frac, t.n,
               case when s.n_distinct >= 0 then s.n_distinct else -s.n_distinct * t.n end as distinct_values,
               coalesce(s.most_common_vals::text::uuid[], '{}') as vals,
               coalesce(s.most_common_freqs, '{}') as freqs
        from pg_stats s, total t
        where s.schemaname = current_schema() and s.tablename = 'statement' and s.attname in ('speaker_id', 'outlet_id')),
    fresh as (
        select st.column_name, x.value, x.share
        from stats st, unnest(st.vals, st.freqs) as x(value, share)
        where x.value is not null
        union all
        -- at least one statement: when the common values cover the sample, a new value is still no empty one
        select st.column_name, '00000000-0000-0000-0000-000000000000'::uuid,
               greatest(greatest(1 - st.null_frac - (select coalesce(sum(f), 0) from unnest(st.freqs) f), 0)
                        / greatest(st.distinct_values - cardinality(st.vals), 1), 1 / st.n)
        from stats st),
    gone as (
        delete from search_column_share t
        where not exists (select 1 from fresh f where f.column_name = t.column_name and f.value = t.value)),
    upserted as (
        insert into search_column_share (column_name, value, share) select column_name, value, share from fresh
        on conflict (column_name, value) do update set share = excluded.share
        returning 1)
    select count(*)::integer into kept from upserted;
    return kept;
end
$$;

-- The share of all statements whose column holds one of ids (1 without ids, or before statistics exist: as if the
-- filter kept every statement, which is what the plans assumed before).
create or replace function statements_column_share(column_name text, ids uuid[]) returns float8
    language plpgsql stable parallel safe as
$$
begin
    if coalesce(cardinality(ids), 0) = 0 then
        return 1;
    end if;
    return (select least(coalesce(sum(coalesce(v.share, d.share)), 1), 1)::float8
            from unnest(ids) as i(id)
                     left join search_column_share v on v.column_name = statements_column_share.column_name and v.value = i.id
                     left join search_column_share d on d.column_name = statements_column_share.column_name
                                                    and d.value = '00000000-0000-0000-0000-000000000000');
end
$$;
