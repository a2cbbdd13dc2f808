-- A row Kafka refuses for what it is (too large, an invalid topic) is parked: kept with the reason, never retried
-- automatically. Its interview's later rows wait behind it, so each interview's events stay in order.
alter table outbox_message
    add column parked_at     timestamptz,
    add column parked_reason text;

drop index outbox_message_unpublished;
create index outbox_message_pending on outbox_message (id) where published_at is null and parked_at is null;
create index outbox_message_parked on outbox_message (record_key) where parked_at is not null;
