-- Recruiters' re-scores (README: Re-scoring): each request, the interviews it selected (in that order) and, as
-- scoring-service answers, each one's InterviewRescored as on the topic. Those hold evidence quotes and rationales, so
-- an interview's rows go with it when it is erased; the request keeps how many it selected.
create table rescore (
    id              uuid primary key,
    requested_at    timestamptz  not null,
    requested_by    varchar(200) not null,
    interview_count integer      not null check (interview_count > 0)
);

create table rescore_interview (
    id           bigserial primary key,
    rescore_id   uuid        not null references rescore (id) on delete cascade,
    interview_id uuid        not null references interview (id) on delete cascade,
    result       jsonb,
    rescored_at  timestamptz,
    unique (rescore_id, interview_id)
);

create index rescore_interview_of_interview on rescore_interview (interview_id);
