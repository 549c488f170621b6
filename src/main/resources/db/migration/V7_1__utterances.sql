-- Linking (issue 13): an utterance is one thing a speaker said on one occasion; each statement is one outlet's
-- report of it. Every statement belongs to exactly one utterance, assigned in the transaction that stores it.

create table utterance (
    id                 uuid        primary key,
    speaker_id         uuid        not null references speaker (id),
    -- Kept by the linker (and the delete trigger below) so that listings sort by them through an index.
    reports            integer     not null,
    first_reported_at  timestamptz not null,
    last_reported_at   timestamptz not null,
    -- An editor detached a statement into this utterance: automatic linking adds nothing to it.
    closed             boolean     not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index utterance_reports_idx on utterance (reports desc, last_reported_at desc, id desc);
create index utterance_recent_idx on utterance (last_reported_at desc, id desc);
create index utterance_speaker_idx on utterance (speaker_id);

alter table statement add column utterance_id uuid;
-- The sieve that linked the statement to its utterance (null: it started its own), MANUAL after an editor's
-- attach or detach. Manual links are never changed by automatic linking.
alter table statement add column link_rule varchar(30);
alter table statement add column link_manual boolean not null default false;

-- Existing statements: each its own utterance (the re-link command links them afterwards). The statement's id
-- serves as its utterance's id.
insert into utterance (id, speaker_id, reports, first_reported_at, last_reported_at, created_at, updated_at)
select s.id, s.speaker_id, 1, coalesce(s.reported_at, s.created_at), coalesce(s.reported_at, s.created_at), now(), now()
from statement s;
update statement set utterance_id = id;

alter table statement add constraint statement_utterance_fk foreign key (utterance_id) references utterance (id);
create index statement_utterance_idx on statement (utterance_id);

-- When the speaker said it, or else when it was reported, or else when it was stored: the time linking compares.
create or replace function statements_link_at(stated timestamptz, reported timestamptz, created timestamptz)
    returns timestamptz language sql immutable parallel safe as
$$ select coalesce(stated, reported, created) $$;

-- Linking candidates: one speaker's statements within a time window, by index.
create index statement_link_idx on statement (speaker_id, statements_link_at(stated_at, reported_at, created_at));

-- The re-link command walks all statements in this order.
create index statement_link_order_idx on statement (statements_link_at(stated_at, reported_at, created_at), id);

-- A deleted statement leaves its utterance: recount it, and drop it once empty.
create or replace function utterance_statement_deleted() returns trigger language plpgsql as
$$
begin
    if old.utterance_id is not null then
        with x as (select count(*) as n, min(coalesce(reported_at, created_at)) as f,
                          max(coalesce(reported_at, created_at)) as l
                   from statement where utterance_id = old.utterance_id)
        update utterance u set reports = x.n, first_reported_at = x.f, last_reported_at = x.l,
                               updated_at = statement_timestamp()
        from x where u.id = old.utterance_id and x.n > 0;
        delete from utterance u where u.id = old.utterance_id
            and not exists (select 1 from statement s where s.utterance_id = old.utterance_id);
    end if;
    return null;
end
$$;
create trigger utterance_statement_deleted after delete on statement
    for each row execute function utterance_statement_deleted();

-- Progress of the re-link command, so that an interrupted run resumes where it stopped.
create table relink_progress (
    id          int         primary key check (id = 1),
    last_at     timestamptz not null,
    last_id     uuid        not null,
    done        bigint      not null,
    started_at  timestamptz not null
);
