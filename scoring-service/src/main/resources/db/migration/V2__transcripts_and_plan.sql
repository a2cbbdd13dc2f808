-- Every question and answer of a scored stage, so a scorecard can be exported complete and audited later.
create table scorecard_exchange (
    stage_id    bigint      not null references scorecard_stage (id) on delete cascade,
    position    integer     not null,
    question_id varchar(200),
    question    text        not null,
    follow_up   boolean     not null,
    answer      text,
    answered_at timestamptz,
    primary key (stage_id, position)
);

-- The plan the interview was scored against, including planned stages that have no result.
create table scorecard_plan (
    interview_id uuid             not null references scorecard (interview_id) on delete cascade,
    position     integer          not null,
    stage        varchar(100)     not null,
    weight       double precision not null,
    primary key (interview_id, position)
);
