-- Alerts on linking (issue 15): "tell me when a statement is reported by N outlets". A subscription asking for
-- utterance.reported keeps its threshold; the event goes out once per utterance and subscription.
alter table subscription add column min_reports integer;

-- One change can now queue two events for one subscription (statement.created and utterance.reported): the
-- position alone no longer identifies a queued event, the position and the event type do.
alter table subscription_delivery drop constraint if exists subscription_delivery_subscription_id_seq_key;
alter table subscription_delivery add constraint subscription_delivery_event_key unique (subscription_id, seq, event_type);
alter table subscription_delivery add column utterance_id uuid;
create unique index subscription_delivery_utterance_key on subscription_delivery (subscription_id, utterance_id)
    where event_type = 'utterance.reported';

-- Pruning of finished deliveries past the retention (DeliveryPruning) finds them by age.
create index subscription_delivery_finished_idx on subscription_delivery (created_at) where status <> 'PENDING';
