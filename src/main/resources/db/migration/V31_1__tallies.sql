-- Running tallies of the statements (#16): the stance matrix (GET /stances) and the timeline (GET
-- /statements/timeline) of every statement counted every statement at each request (12-25 s at 10M). Triggers keep
-- two tallies instead: statements per UTC day of reported_at, and per speaker and stance target (by name key) the
-- statements of each stance, with the target's spellings. So that writers never wait for each other on a hot tally
-- row, a write only appends its signed counts to a delta table (one row per day or per speaker, stance and target
-- a statement, not per row); the service folds the deltas into the tallies every few seconds
-- (statements_tally_compact, io.statements.search.TallyCompaction) and every read adds the deltas not folded yet, so
-- the tallies are exact at any moment, on the primary and on a replica alike (search.TallyQueries).

create table day_tally (
    day date   primary key,
    n   bigint not null
);

create table day_tally_delta (
    day date   not null,
    n   bigint not null
);

create table stance_tally (
    speaker_id uuid   not null,
    target_key text   not null,
    support    bigint not null,
    oppose     bigint not null,
    neutral    bigint not null,
    unclear    bigint not null,
    total      bigint not null,
    primary key (speaker_id, target_key)
);
-- the stance matrix's order: most statements first, then by speaker and target
create index stance_tally_total_idx on stance_tally (total desc, speaker_id, target_key);
create index stance_tally_target_idx on stance_tally (target_key);

-- how often each spelling of a target is used, per speaker and stance: the matrix shows the most common one (of the
-- stances asked for)
create table stance_target_spelling (
    speaker_id    uuid         not null,
    target_key    text         not null,
    stance        varchar(20)  not null,
    stance_target varchar(300) not null,
    n             bigint       not null,
    primary key (speaker_id, target_key, stance, stance_target)
);
create index stance_target_spelling_zero_idx on stance_target_spelling (speaker_id) where n = 0;

create table stance_tally_delta (
    speaker_id    uuid         not null,
    stance        varchar(20)  not null,
    stance_target varchar(300) not null,
    n             bigint       not null
);

create function statements_tally_inserted() returns trigger language plpgsql as $$
begin
    insert into day_tally_delta (day, n)
    select (reported_at at time zone 'UTC')::date, count(*) from tally_new where reported_at is not null group by 1;
    insert into stance_tally_delta (speaker_id, stance, stance_target, n)
    select speaker_id, stance, stance_target, count(*) from tally_new
    where stance is not null and stance_target is not null group by 1, 2, 3;
    return null;
end $$;

create function statements_tally_deleted() returns trigger language plpgsql as $$
begin
    insert into day_tally_delta (day, n)
    select (reported_at at time zone 'UTC')::date, -count(*) from tally_old where reported_at is not null group by 1;
    insert into stance_tally_delta (speaker_id, stance, stance_target, n)
    select speaker_id, stance, stance_target, -count(*) from tally_old
    where stance is not null and stance_target is not null group by 1, 2, 3;
    return null;
end $$;

-- a row trigger, fired only when a counted column changes (an edit, a speaker merge): the frequent updates of other
-- columns (linking, re-indexing) copy no rows for it
create function statements_tally_updated() returns trigger language plpgsql as $$
begin
    if (old.reported_at at time zone 'UTC')::date is distinct from (new.reported_at at time zone 'UTC')::date then
        insert into day_tally_delta (day, n)
        select d, n from (values ((old.reported_at at time zone 'UTC')::date, -1),
                                 ((new.reported_at at time zone 'UTC')::date, 1)) v(d, n)
        where d is not null;
    end if;
    if (old.speaker_id, old.stance, old.stance_target) is distinct from (new.speaker_id, new.stance, new.stance_target)
    then
        insert into stance_tally_delta (speaker_id, stance, stance_target, n)
        select sp, st, tg, n from (values (old.speaker_id, old.stance, old.stance_target, -1),
                                          (new.speaker_id, new.stance, new.stance_target, 1)) v(sp, st, tg, n)
        where st is not null and tg is not null;
    end if;
    return null;
end $$;

create function statements_tally_truncated() returns trigger language plpgsql as $$
begin
    delete from day_tally;
    delete from day_tally_delta;
    delete from stance_tally;
    delete from stance_target_spelling;
    delete from stance_tally_delta;
    return null;
end $$;

-- Folds the deltas into the tallies; returns the delta rows folded. One fold at a time (a transaction-scoped
-- advisory lock; a second caller returns 0 at once). Deletes and inserts in one transaction, so a concurrent read
-- sees either the deltas or their sums, never both or neither.
create function statements_tally_compact() returns bigint language plpgsql as $$
declare
    days    bigint;
    stances bigint;
begin
    if not pg_try_advisory_xact_lock(hashtext('statements_tally_compact')) then
        return 0;
    end if;
    with moved as (delete from day_tally_delta returning day, n),
         summed as (select day, sum(n) as n, count(*) as rows from moved group by day),
         folded as (insert into day_tally as t (day, n) select day, n from summed
                    on conflict (day) do update set n = t.n + excluded.n)
    select coalesce(sum(rows), 0) into days from summed;
    delete from day_tally where n = 0;

    with moved as (delete from stance_tally_delta returning speaker_id, stance, stance_target, n),
         keyed as (select speaker_id, stance, stance_target, statements_name_key(stance_target) as target_key,
                          sum(n) as n, count(*) as rows
                   from moved group by 1, 2, 3),
         spellings as (insert into stance_target_spelling as t (speaker_id, target_key, stance, stance_target, n)
                       select speaker_id, target_key, stance, stance_target, n from keyed
                       on conflict (speaker_id, target_key, stance, stance_target) do update set n = t.n + excluded.n),
         pairs as (insert into stance_tally as t (speaker_id, target_key, support, oppose, neutral, unclear, total)
                   select speaker_id, target_key, coalesce(sum(n) filter (where stance = 'SUPPORT'), 0),
                          coalesce(sum(n) filter (where stance = 'OPPOSE'), 0),
                          coalesce(sum(n) filter (where stance = 'NEUTRAL'), 0),
                          coalesce(sum(n) filter (where stance = 'UNCLEAR'), 0), sum(n)
                   from keyed group by 1, 2
                   on conflict (speaker_id, target_key) do update set support = t.support + excluded.support,
                       oppose = t.oppose + excluded.oppose, neutral = t.neutral + excluded.neutral,
                       unclear = t.unclear + excluded.unclear, total = t.total + excluded.total)
    select coalesce(sum(rows), 0) into stances from keyed;
    -- counts back to zero (statements deleted, edited or moved to another speaker) leave no row
    delete from stance_target_spelling where n = 0;
    delete from stance_tally where total = 0;
    return days + stances;
end $$;

-- the triggers first: they lock out writers until this migration commits, so the counts below miss nothing
create trigger statement_tally_inserted after insert on statement referencing new table as tally_new
    for each statement execute function statements_tally_inserted();
create trigger statement_tally_deleted after delete on statement referencing old table as tally_old
    for each statement execute function statements_tally_deleted();
create trigger statement_tally_updated after update of reported_at, speaker_id, stance, stance_target on statement
    for each row when (old.reported_at is distinct from new.reported_at or old.speaker_id is distinct from new.speaker_id
                       or old.stance is distinct from new.stance or old.stance_target is distinct from new.stance_target)
    execute function statements_tally_updated();
create trigger statement_tally_truncated after truncate on statement
    for each statement execute function statements_tally_truncated();

insert into day_tally (day, n)
select (reported_at at time zone 'UTC')::date, count(*) from statement where reported_at is not null group by 1;
insert into stance_tally_delta (speaker_id, stance, stance_target, n)
select speaker_id, stance, stance_target, count(*) from statement
where stance is not null and stance_target is not null group by 1, 2, 3;
select statements_tally_compact();
