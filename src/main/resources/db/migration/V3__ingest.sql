-- Ingestion: natural-key uniqueness, external ids, idempotency keys and the change feed.

-- Key under which statement texts are compared: case-, punctuation- and whitespace-insensitive
-- ("The port reopens." = "the port  reopens"). Hashed to a uuid so the unique index stays small
-- whatever the text length (texts go up to 10,000 characters, beyond a btree entry's limit).
create or replace function statements_text_key(value text) returns uuid
    language sql immutable parallel safe strict as
$$ select md5(btrim(regexp_replace(lower(value), '[^[:alnum:]]+', ' ', 'g')))::uuid $$;

-- A statement's natural key: same speaker, outlet, article (or none) and normalised text is the same statement.
-- The index, not application code, is what keeps two racing requests from storing it twice.
create unique index statement_natural_key on statement (speaker_id, outlet_id, article_id, statements_text_key(text))
    nulls not distinct;

-- An ingestion job's own id for a record, unique per outlet, so that the job can re-send its records safely.
alter table statement add column external_id varchar(200);
create unique index statement_external_id_key on statement (outlet_id, external_id) where external_id is not null;

-- Idempotency-Key of POST /statements: the first response is kept and replayed to retries with the same body.
create table idempotency_key (
    key           varchar(255) primary key,
    request_hash  varchar(64)  not null,
    status        int          not null,
    response      text         not null,
    created_at    timestamptz  not null
);
create index idempotency_key_created_idx on idempotency_key (created_at);

-- The change feed. seq is allocated from the single counter row below, inside the writing transaction and
-- as its last lock: the row lock is held until commit, so transactions obtain their sequence numbers in commit
-- order and a reader that has seen seq n can never later see a smaller one appear (no skipped changes).
-- Rolled-back transactions roll their increment back too, so the sequence has no gaps.
create table change_counter (
    id        int    primary key check (id = 1),
    last_seq  bigint not null
);
insert into change_counter (id, last_seq) values (1, 0);

create table statement_change (
    seq           bigint      primary key,
    type          varchar(20) not null,
    statement_id  uuid        not null,
    changed_at    timestamptz not null
);
create index statement_change_statement_idx on statement_change (statement_id);
