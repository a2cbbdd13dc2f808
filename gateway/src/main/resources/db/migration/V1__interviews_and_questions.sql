-- One row per registered interview: the application, the candidate's token hash and the read model
-- built from the interview topics (current stage, open question, scores, letter).
create table interview (
    id                uuid primary key,
    token_hash        char(64)     not null unique,
    candidate_name    varchar(200) not null,
    candidate_email   varchar(320) not null,
    position_title    varchar(200) not null,
    position_level    varchar(100) not null,
    position_location varchar(200) not null,
    language          varchar(2)   not null,
    plan              jsonb        not null,
    status            varchar(30)  not null,
    current_stage     text,
    open_question_id  text,
    completed_stages  jsonb        not null,
    stage_scores      jsonb,
    total             double precision,
    band              varchar(20),
    recommendation    text,
    needs_review      boolean,
    letter_kind       varchar(20),
    letter_markdown   text,
    registered_at     timestamptz  not null,
    updated_at        timestamptz  not null
);
create index interview_by_status on interview (status, registered_at desc);
create index interview_by_registration on interview (registered_at desc);

-- Questions asked by the stages and the candidate's answers; a question is answered at most once.
create table question (
    id                bigserial primary key,
    interview_id      uuid        not null references interview (id),
    question_id       text        not null,
    stage             text        not null,
    text              text        not null,
    follow_up         boolean     not null,
    number            integer     not null,
    planned_questions integer     not null,
    asked_at          timestamptz not null,
    answer            text,
    answered_at       timestamptz,
    unique (interview_id, question_id),
    check ((answer is null) = (answered_at is null))
);
