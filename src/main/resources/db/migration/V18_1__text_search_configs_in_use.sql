-- A query that names no language was read in all 29 text search configurations and OR-ed (V15_1), which made
-- full-text search about twice as slow on data in one language: every reading adds its lexemes to the GIN lookup.
-- Only the configurations that some stored statement was indexed with can match, so those are the readings that
-- count. This table lists them; it only grows (a configuration whose last statement is deleted stays listed,
-- which costs one more reading, never a wrong answer). English is always listed: rows stored before V15_1 and
-- statements without a language use it.
create table text_search_config_in_use (
    config text primary key
);

insert into text_search_config_in_use (config)
select 'statements_en'
union
select distinct text_search_config from statement;

create or replace function statement_search_vector() returns trigger language plpgsql as
$$
begin
    new.text_search_config := statements_text_config(new.language);
    new.search_vector := to_tsvector(('public.' || new.text_search_config)::regconfig, new.text);
    -- An index probe per write; the insert (and its brief wait on a concurrent first writer) happens once per
    -- configuration ever.
    if not exists (select 1 from text_search_config_in_use where config = new.text_search_config) then
        insert into text_search_config_in_use (config) values (new.text_search_config) on conflict do nothing;
    end if;
    return new;
end
$$;

-- As in V15_1, but without languages only the configurations in use are read. Stable now: it reads a table.
create or replace function statements_tsquery(languages text[], q text) returns tsquery
    language sql stable parallel safe as
$$
select case when numnode(websearch_to_tsquery(('public.' || statements_text_config(languages[1]))::regconfig, q)) = 0
            then ''::tsquery -- nothing searchable in the language asked first (English by default): no match
            else (select coalesce(statements_tsquery_or(tq), ''::tsquery)
                  from (select distinct websearch_to_tsquery(('public.' || c)::regconfig, q) tq
                        from unnest(case when coalesce(cardinality(languages), 0) = 0
                                         then array(select config from text_search_config_in_use)
                                         else array(select statements_text_config(l) from unnest(languages) l)
                                              || 'statements_en'::text end) c) readings) end
$$;
