-- Progress of every interview seen on interview.stage-completed, reported while it has no scorecard.
create table interview_progress (
    interview_id   uuid         primary key,
    planned_stages text[]       not null,
    last_stage     varchar(100) not null,
    updated_at     timestamptz  not null
);

create table completed_stage (
    interview_id uuid             not null references interview_progress (interview_id) on delete cascade,
    position     integer          not null,
    stage        varchar(100)     not null,
    score        double precision not null,
    needs_review boolean          not null,
    completed_at timestamptz,
    primary key (interview_id, position)
);

-- One scorecard per interview, written in the transaction that queues its InterviewScored event.
create table scorecard (
    interview_id      uuid         primary key,
    candidate_name    varchar(300) not null,
    candidate_email   varchar(300),
    position_title    varchar(300) not null,
    position_level    varchar(100),
    position_location varchar(200),
    language          varchar(10)  not null,
    total             numeric(4, 1) not null check (total between 0 and 100),
    band              varchar(20)  not null,
    recommendation    text         not null,
    needs_review      boolean      not null,
    missing_stages    text[]       not null,
    scored_at         timestamptz  not null,
    scored_event_id   uuid         not null unique
);

create table scorecard_stage (
    id             bigserial        primary key,
    interview_id   uuid             not null references scorecard (interview_id) on delete cascade,
    position       integer          not null,
    stage          varchar(100)     not null,
    weight         double precision not null,
    score          double precision not null,
    rubric_version varchar(100),
    needs_review   boolean          not null,
    started_at     timestamptz,
    completed_at   timestamptz,
    unique (interview_id, stage)
);

create table scorecard_dimension (
    id        bigserial        primary key,
    stage_id  bigint           not null references scorecard_stage (id) on delete cascade,
    position  integer          not null,
    dimension varchar(200)     not null,
    rating    integer          not null check (rating between 1 and 5),
    weight    double precision not null,
    evidence  text[]           not null,
    rationale text,
    trusted   boolean          not null
);
create index scorecard_dimension_stage on scorecard_dimension (stage_id);
