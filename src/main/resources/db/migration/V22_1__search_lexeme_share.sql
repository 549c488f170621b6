-- Bounded relevance (#16): how large a share of all statements each common word occurs in, so that a search can tell
-- a broad q ("week", in half of all statements) from a narrow one before it runs, in the same query.
-- Filled from PostgreSQL's own statistics of statement.search_vector (the most common lexemes and their
-- frequencies, which ANALYZE keeps), refreshed by the service (SearchStatistics) on a schedule; a word missing here is
-- rarer than the rarest common lexeme, and a search with such a word ranks all its matches as before.
create table search_lexeme_share (
    lexeme text primary key,
    share  real not null
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
kept as (
    insert into search_lexeme_share (lexeme, share) select lexeme, share from fresh
    on conflict (lexeme) do update set share = excluded.share
    returning 1)
select count(*)::integer from kept;
$$;

-- The share of statements that match every word of q at most: the share of its rarest word (0 when a word is not a
-- common one, or q has no word). Words are read in the configuration of the search's first language (English
-- without one), as the searchable-words check reads them.
create or replace function statements_match_share(language text, q text) returns real
    language sql stable parallel safe as
$$
select coalesce(min(coalesce(l.share, 0)), 0)::real
from unnest(tsvector_to_array(to_tsvector(('public.' || statements_text_config(language))::regconfig, q))) as w(lexeme)
         left join search_lexeme_share l on l.lexeme = w.lexeme;
$$;
