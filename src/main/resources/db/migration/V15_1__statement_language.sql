-- Full text in the statement's own language (#16). Each statement's tsvector is built with the text search
-- configuration its language selects (PostgreSQL's Snowball stemmers after accent folding, 'simple' for
-- languages without a stemmer); the configuration name is stored beside it so that ranking and highlighting use
-- the same one. Rows stored before keep their English vectors (no table rewrite here) until their text or
-- language changes.

-- One configuration per stemmer, built like statements_en: accents folded first, then stemmed.
do $$
declare
    stemmer text;
begin
    foreach stemmer in array array['arabic', 'armenian', 'basque', 'catalan', 'danish', 'dutch', 'finnish', 'french',
        'german', 'greek', 'hindi', 'hungarian', 'indonesian', 'irish', 'italian', 'lithuanian', 'nepali',
        'norwegian', 'portuguese', 'romanian', 'russian', 'serbian', 'spanish', 'swedish', 'tamil', 'turkish',
        'yiddish']
    loop
        execute format('create text search configuration public.statements_%s (copy = pg_catalog.%s)',
                       stemmer, stemmer);
        execute format('alter text search configuration public.statements_%s alter mapping for hword, hword_part,'
                       ' word with public.unaccent, %s_stem', stemmer, stemmer);
    end loop;
end
$$;

-- Languages without a stemmer: words as written, accents and case folded.
create text search configuration statements_simple (copy = pg_catalog.simple);
alter text search configuration statements_simple
    alter mapping for hword, hword_part, word with public.unaccent, simple;

-- The configuration a BCP 47 tag selects: its primary subtag decides; no language means English (as before).
create or replace function statements_text_config(language text) returns text
    language sql immutable parallel safe as
$$
select case when language is null then 'statements_en'
            else coalesce((array['statements_en', 'statements_arabic', 'statements_armenian', 'statements_basque',
                    'statements_catalan', 'statements_danish', 'statements_dutch', 'statements_finnish',
                    'statements_french', 'statements_german', 'statements_greek', 'statements_hindi',
                    'statements_hungarian', 'statements_indonesian', 'statements_irish', 'statements_italian',
                    'statements_lithuanian', 'statements_nepali', 'statements_norwegian', 'statements_norwegian',
                    'statements_norwegian', 'statements_portuguese', 'statements_romanian', 'statements_russian',
                    'statements_serbian', 'statements_spanish', 'statements_swedish', 'statements_tamil',
                    'statements_turkish', 'statements_yiddish'])[array_position(
                    array['en', 'ar', 'hy', 'eu', 'ca', 'da', 'nl', 'fi', 'fr', 'de', 'el', 'hi', 'hu', 'id', 'ga',
                          'it', 'lt', 'ne', 'no', 'nb', 'nn', 'pt', 'ro', 'ru', 'sr', 'es', 'sv', 'ta', 'tr', 'yi'],
                    lower(split_part(language, '-', 1)))], 'statements_simple') end
$$;

-- Every configuration a statement can have, for a query that names no language.
create or replace function statements_text_configs() returns text[]
    language sql immutable parallel safe as
$$
select array['statements_en', 'statements_simple', 'statements_arabic', 'statements_armenian', 'statements_basque',
             'statements_catalan', 'statements_danish', 'statements_dutch', 'statements_finnish', 'statements_french',
             'statements_german', 'statements_greek', 'statements_hindi', 'statements_hungarian',
             'statements_indonesian', 'statements_irish', 'statements_italian', 'statements_lithuanian',
             'statements_nepali', 'statements_norwegian', 'statements_portuguese', 'statements_romanian',
             'statements_russian', 'statements_serbian', 'statements_spanish', 'statements_swedish',
             'statements_tamil', 'statements_turkish', 'statements_yiddish']
$$;

create aggregate statements_tsquery_or(tsquery) (sfunc = tsquery_or, stype = tsquery);

-- A user's query read in every configuration that may hold the words sought, OR-ed: with languages named, theirs
-- and English (rows stored before this migration); without, all of them. A statement matches when the query
-- stemmed in its own language matches; the other alternatives rarely reach a vector of another language. Most
-- configurations read most words alike, so the distinct readings are few (a handful, not 29).
create or replace function statements_tsquery(languages text[], q text) returns tsquery
    language sql immutable parallel safe as
$$
select case when numnode(websearch_to_tsquery(('public.' || statements_text_config(languages[1]))::regconfig, q)) = 0
            then ''::tsquery -- nothing searchable in the language asked first (English by default): no match
            else (select coalesce(statements_tsquery_or(tq), ''::tsquery)
                  from (select distinct websearch_to_tsquery(('public.' || c)::regconfig, q) tq
                        from unnest(case when coalesce(cardinality(languages), 0) = 0
                                         then statements_text_configs()
                                         else array(select statements_text_config(l) from unnest(languages) l)
                                              || 'statements_en'::text end) c) readings) end
$$;

alter table statement
    add column language_detected boolean not null default false,
    add column text_search_config text not null default 'statements_en';
-- From generated to maintained by the trigger below; the stored values stay (no rewrite).
alter table statement alter column search_vector drop expression;

create or replace function statement_search_vector() returns trigger language plpgsql as
$$
begin
    new.text_search_config := statements_text_config(new.language);
    new.search_vector := to_tsvector(('public.' || new.text_search_config)::regconfig, new.text);
    return new;
end
$$;

create trigger statement_search_vector
    before insert or update of text, language on statement
    for each row execute function statement_search_vector();
