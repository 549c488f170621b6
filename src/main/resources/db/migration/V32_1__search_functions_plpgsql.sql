-- The three functions every search page calls (V18_1, V24_2, V24_1), unchanged in what they answer, now in PL/pgSQL.
-- A SQL function that cannot be inlined is parsed and planned again in every query that calls it (PostgreSQL 17
-- keeps its plan only for the one execution); a PL/pgSQL function keeps its plan for the connection's life, and the
-- search pool keeps its connections. Planning the three bodies cost about 1-3 ms a full-text search at 10M
-- statements, a sixth of the whole query (#16), and each parse of statements_tsquery's ''::tsquery raised two
-- notices ("text-search query doesn't contain lexemes") that were formatted and sent to the client every time.

create or replace function statements_tsquery(languages text[], q text) returns tsquery
    language plpgsql stable parallel safe as
$$
begin
    return (select case when numnode(websearch_to_tsquery(('public.' || statements_text_config(languages[1]))::regconfig, q)) = 0
                        then ''::tsquery -- nothing searchable in the language asked first (English by default): no match
                        else (select coalesce(statements_tsquery_or(tq), ''::tsquery)
                              from (select distinct websearch_to_tsquery(('public.' || c)::regconfig, q) tq
                                    from unnest(case when coalesce(cardinality(languages), 0) = 0
                                                     then array(select config from text_search_config_in_use)
                                                     else array(select statements_text_config(l) from unnest(languages) l)
                                                          || 'statements_en'::text end) c) readings) end);
end
$$;

create or replace function statements_match_share(language text, q text) returns real
    language plpgsql stable parallel safe as
$$
begin
    return (select case when count(*) = 0 or bool_or(l.share is null or l.share <= 0) then 0
                        else exp(sum(ln(l.share))) end::real
            from unnest(tsvector_to_array(to_tsvector(('public.' || statements_text_config(language))::regconfig, q))) as w(lexeme)
                     left join search_lexeme_share l on l.lexeme = w.lexeme);
end
$$;

create or replace function statements_walk_factor() returns float8
    language plpgsql stable parallel safe as
$$
begin
    return coalesce((select factor from search_walk_cost), 1)::float8;
end
$$;
