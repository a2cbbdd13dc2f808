-- Webhook subscriptions of applicant-tracking systems and the log of every delivery (README: Webhooks). A delivery is
-- one event for one subscription; `sequence` orders an interview's deliveries as the gateway learned the events, and
-- a delivery is sent only when every earlier one of the same subscription and interview is settled.
create table webhook_subscription (
    id          uuid primary key,
    url         varchar(2000) not null,
    event_types jsonb         not null,
    secret      varchar(100)  not null,
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null
);

create table webhook_delivery (
    id               uuid primary key,
    sequence         bigserial    not null unique,
    subscription_id  uuid         not null references webhook_subscription (id) on delete cascade,
    interview_id     uuid         not null,
    event_id         uuid         not null,
    event_type       varchar(100) not null,
    event_time       timestamptz  not null,
    payload          text         not null,
    status           varchar(20)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    last_status_code int,
    last_error       varchar(500),
    delivered_at     timestamptz,
    created_at       timestamptz  not null,
    unique (subscription_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_queue on webhook_delivery (subscription_id, interview_id, sequence);
