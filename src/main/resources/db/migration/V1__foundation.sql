-- Foundation schema: speakers, outlets, articles, statements.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Key under which names are compared: case-, accent-, punctuation- and space-insensitive
-- ("U.S. Army" = "us army" = "U S Army"). Immutable wrapper so it can back an index.
create or replace function statements_name_key(value text) returns text
    language sql immutable parallel safe strict as
$$ select regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^[:alnum:]]+', '', 'g') $$;

create table speaker (
    id           uuid primary key,
    name         varchar(300) not null,
    kind         varchar(20)  not null,
    title        varchar(300),
    affiliation  varchar(300),
    aliases      text[]       not null default '{}',
    wikidata_id  varchar(32),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0
);

-- Every name a speaker goes by (canonical name and aliases), kept in step by a trigger,
-- so lookups and autocomplete need one indexed table.
create table speaker_name (
    speaker_id uuid         not null references speaker (id) on delete cascade,
    name       varchar(300) not null,
    name_key   text         not null,
    is_alias   boolean      not null,
    primary key (speaker_id, name_key)
);
create index speaker_name_key_idx on speaker_name (name_key);

create or replace function speaker_names_sync() returns trigger language plpgsql as
$$
begin
    delete from speaker_name where speaker_id = new.id;
    insert into speaker_name (speaker_id, name, name_key, is_alias)
    select distinct on (statements_name_key(n.name)) new.id, n.name, statements_name_key(n.name), n.is_alias
    from (select new.name as name, false as is_alias, 0 as ord
          union all
          select a, true, 1 from unnest(new.aliases) as a) n
    where statements_name_key(n.name) <> ''
    order by statements_name_key(n.name), n.ord;
    return new;
end
$$;
create trigger speaker_names_sync after insert or update of name, aliases on speaker
    for each row execute function speaker_names_sync();

create table outlet (
    id          uuid primary key,
    name        varchar(300) not null,
    domain      varchar(253) not null,
    country     varchar(2),
    language    varchar(35),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint outlet_domain_key unique (domain)
);

create table article (
    id            uuid primary key,
    outlet_id     uuid          not null references outlet (id),
    url           varchar(2048) not null,
    title         varchar(1000),
    published_at  timestamptz,
    language      varchar(35),
    created_at    timestamptz   not null,
    constraint article_url_key unique (url)
);
create index article_outlet_idx on article (outlet_id);

create table statement (
    id             uuid primary key,
    text           varchar(10000) not null,
    kind           varchar(20)    not null,
    speaker_id     uuid           not null references speaker (id),
    outlet_id      uuid           not null references outlet (id),
    article_id     uuid           references article (id),
    cue            varchar(100),
    channel        varchar(30),
    via            varchar(300),
    stance         varchar(20),
    stance_target  varchar(300),
    topics         text[]         not null default '{}',
    language       varchar(35),
    stated_at      timestamptz,
    reported_at    timestamptz,
    origin         varchar(20)    not null,
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    version        bigint         not null default 0
);
create index statement_speaker_idx on statement (speaker_id);
create index statement_outlet_idx on statement (outlet_id);
create index statement_article_idx on statement (article_id);
