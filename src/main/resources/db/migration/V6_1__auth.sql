-- Access control (#11): API keys, and who made every change.

-- API keys for ingestion jobs and integrations. Only a SHA-256 hash of the secret is stored; the secret is
-- shown once, when the key is created. Revoked keys stay (with revoked_at) so the audit trail keeps their names.
create table api_key (
    id            uuid primary key,
    name          varchar(100) not null,
    key_hash      char(64)     not null,
    key_hint      varchar(16)  not null,
    roles         text[]       not null,
    created_at    timestamptz  not null,
    created_by    varchar(400),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    constraint api_key_hash_key unique (key_hash)
);

-- Who created and last changed a row: "key:<name>" or "user:<preferred_username> (<subject>)".
-- Writes through JPA set them explicitly; the set-based JDBC writes (bulk import) rely on the default, which
-- reads the transaction-local setting statements.actor (set_config(..., true)) that the writer sets first.
-- Rows written before this migration have no author (null).
alter table statement
    add column created_by varchar(400) default nullif(current_setting('statements.actor', true), ''),
    add column updated_by varchar(400) default nullif(current_setting('statements.actor', true), '');
alter table speaker
    add column created_by varchar(400) default nullif(current_setting('statements.actor', true), ''),
    add column updated_by varchar(400) default nullif(current_setting('statements.actor', true), '');
alter table outlet
    add column created_by varchar(400) default nullif(current_setting('statements.actor', true), ''),
    add column updated_by varchar(400) default nullif(current_setting('statements.actor', true), '');
alter table article
    add column created_by varchar(400) default nullif(current_setting('statements.actor', true), ''),
    add column updated_by varchar(400) default nullif(current_setting('statements.actor', true), '');

-- The change feed names who made each change; GET /changes?actor= filters by it.
alter table statement_change
    add column actor varchar(400) default nullif(current_setting('statements.actor', true), '');
create index statement_change_actor_idx on statement_change (actor, seq);
