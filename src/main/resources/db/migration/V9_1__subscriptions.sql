-- Alerts: saved searches that notify an integration's URL through signed webhooks (io.statements.subscription).

create table subscription (
    id               uuid          primary key,
    -- the security identity (principal name) that created it; only it and admins see or change it
    owner            varchar(255)  not null,
    name             varchar(200)  not null,
    url              varchar(2048) not null,
    -- the GET /statements parameters, as {"name": ["value", ...]}; resolved (names to ids) at every match
    filter           text          not null,
    -- comma-separated event types: statement.created, statement.updated, statement.deleted
    events           varchar(200)  not null,
    -- Standard Webhooks signing secret (whsec_...); the previous one keeps signing until previous_secret_until
    secret           varchar(100)  not null,
    previous_secret  varchar(100),
    previous_secret_until timestamptz,
    -- ACTIVE, PAUSED (by its owner) or FAILING (gave up retrying; resumes where it stopped when re-enabled)
    status           varchar(20)   not null,
    failing_since    timestamptz,
    failure_reason   varchar(500),
    -- the last change-feed position (statement_change.seq) already matched against the filter
    position         bigint        not null,
    -- when the delivery worker should next look at it, and the replica currently holding it (lease)
    next_run_at      timestamptz   not null,
    lease_owner      varchar(64),
    lease_until      timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    -- audit columns of every entity (V6_x): the actor of the creating and of the last changing request
    created_by       varchar(400),
    updated_by       varchar(400),
    version          bigint        not null
);
create index subscription_owner_idx on subscription (owner, id);
create index subscription_due_idx on subscription (next_run_at) where status = 'ACTIVE';

-- One row per event and subscription: the id is the webhook-id, so retries of an event always carry the same
-- id, and (subscription_id, seq) being unique means an event is never queued twice for one subscription.
create table subscription_delivery (
    id               uuid          primary key,
    subscription_id  uuid          not null references subscription (id) on delete cascade,
    -- change-feed position of the event; null for test pings
    seq              bigint,
    event_type       varchar(40)   not null,
    statement_id     uuid,
    payload          text          not null,
    -- PENDING (to send, in seq order), DELIVERED, FAILED (refused by the receiver, not retried)
    status           varchar(20)   not null,
    attempts         int           not null default 0,
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    next_attempt_at  timestamptz,
    response_status  int,
    latency_ms       int,
    error            varchar(500),
    created_at       timestamptz   not null,
    unique (subscription_id, seq)
);
create index subscription_delivery_pending_idx on subscription_delivery (subscription_id, seq)
    where status = 'PENDING';
create index subscription_delivery_recent_idx on subscription_delivery (subscription_id, id);
create index subscription_delivery_statement_idx on subscription_delivery (subscription_id, statement_id);
