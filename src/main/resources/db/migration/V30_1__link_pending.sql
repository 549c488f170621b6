-- Statements a bulk import stored and left for linking (#13): a chunk gives each new statement its own utterance and
-- a row here, in its own transaction, and the service's link queue (io.statements.utterance.LinkQueue) links them in
-- batches shortly after, deleting the rows in the transaction that links them. Committed with the statements, so no
-- work is lost across a crash or restart. No foreign key: a statement deleted meanwhile is simply not found (and
-- keeping the table free of indexes other than its key keeps a chunk's insert cheap).
create table link_pending (
    seq          bigint generated always as identity primary key,
    statement_id uuid        not null,
    -- the statement's speaker when queued: a batch takes whole speakers, so that their candidates are read once
    speaker_id   uuid,
    queued_at    timestamptz not null default statement_timestamp(),
    -- batches that failed with this statement alone (it is retried later, up to five times, then left for an operator)
    attempts     int         not null default 0
);
