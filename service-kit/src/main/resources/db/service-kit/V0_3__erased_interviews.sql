-- Interviews whose personal data this service erased: an id, when and why, nothing personal. The inbox refuses
-- every later event of these interviews, so a late or redelivered event cannot bring their data back.
create table erased_interview (
    interview_id uuid        primary key,
    erased_at    timestamptz not null,
    reason       varchar(30) not null
);
