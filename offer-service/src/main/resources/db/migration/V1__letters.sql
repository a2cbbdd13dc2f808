-- One drafted letter per interview, written in the transaction that queues its LetterDrafted event.
create table letter (
    interview_id      uuid         primary key,
    kind              varchar(20)  not null check (kind in ('OFFER', 'FEEDBACK')),
    language          varchar(10)  not null,
    status            varchar(20)  not null,
    markdown          text         not null,
    total             numeric(4, 1) not null check (total between 0 and 100),
    band              varchar(20)  not null,
    needs_review      boolean      not null,
    letter_date       date         not null,
    start_date        date,
    reply_by          date,
    salary_amount     bigint,
    salary_currency   varchar(3),
    salary_percentile double precision,
    salary_window     varchar(20),
    salary_benchmark  varchar(300),
    salary_source     varchar(300),
    salary_as_of      date,
    salary_method     text,
    drafted_at        timestamptz  not null,
    drafted_event_id  uuid         not null unique,
    -- an offer always states its salary and a start date after the letter date
    check (kind <> 'OFFER' or (salary_amount is not null and start_date > letter_date))
);
