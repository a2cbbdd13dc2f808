-- Transactional outbox: events are written in the same transaction as the state they describe,
-- then published by OutboxRelay.
create table outbox_message (
    id           bigserial primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    record_key   varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    occurred_at  timestamptz  not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz
);
create index outbox_message_unpublished on outbox_message (id) where published_at is null;

-- Idempotent inbox: an event id handled by a consumer is recorded with the state change it caused.
create table inbox_message (
    event_id   uuid         not null,
    consumer   varchar(100) not null,
    handled_at timestamptz  not null default now(),
    primary key (event_id, consumer)
);
