-- Search: full text (English stemming, accent-insensitive), trigram speaker autocomplete,
-- and the btree indexes behind every filter and keyset order of GET /statements.

-- English stemming after accent folding, so "Zelenskyy", "ZELENSKYY" and "Zelénskyy" meet.
create text search configuration statements_en (copy = pg_catalog.english);
alter text search configuration statements_en
    alter mapping for hword, hword_part, word with public.unaccent, english_stem;

-- Lower-cased, accent-free text that keeps word boundaries (trigram word similarity needs them).
create or replace function statements_fold(value text) returns text
    language sql immutable parallel safe strict as
$$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- Topics compare case-insensitively; an immutable wrapper lets a GIN index hold the folded array.
create or replace function statements_topic_keys(topics text[]) returns text[]
    language sql immutable parallel safe strict as
$$ select coalesce(array_agg(lower(t)), '{}') from unnest(topics) t $$;

alter table statement
    add column search_vector tsvector
        generated always as (to_tsvector('public.statements_en'::regconfig, text)) stored;

create index statement_search_idx on statement using gin (search_vector);
create index statement_topics_idx on statement using gin (statements_topic_keys(topics));

-- Keyset orders. A missing date sorts as the oldest ('-infinity') so the key is never null and
-- row comparisons (key, id) < (:key, :id) stay exact; queries repeat these expressions verbatim.
create index statement_reported_order_idx
    on statement ((coalesce(reported_at, '-infinity'::timestamptz)), id);
create index statement_stated_order_idx
    on statement ((coalesce(stated_at, '-infinity'::timestamptz)), id);
create index statement_speaker_reported_idx
    on statement (speaker_id, (coalesce(reported_at, '-infinity'::timestamptz)), id);
create index statement_outlet_reported_idx
    on statement (outlet_id, (coalesce(reported_at, '-infinity'::timestamptz)), id);
-- Covering (INCLUDE) so that GET /stances?target=... tallies a popular target by an index-only scan.
create index statement_stance_target_idx
    on statement (statements_name_key(stance_target), (coalesce(reported_at, '-infinity'::timestamptz)), id)
    include (speaker_id, stance, stance_target)
    where stance_target is not null;
create index statement_via_idx on statement (statements_name_key(via)) where via is not null;

-- The composite indexes above lead with these columns: the single-column ones are redundant.
drop index statement_speaker_idx;
drop index statement_outlet_idx;

-- Outlet by name (the domain already has its unique index).
create index outlet_name_key_idx on outlet (statements_name_key(name));

-- Speaker autocomplete: trigram word similarity over every name and alias.
create index speaker_name_trgm_idx on speaker_name using gin (statements_fold(name) gin_trgm_ops);
