-- One row per candidate interview in this stage; the open question is where the candidate is.
create table stage_session (
    id                 bigserial    primary key,
    interview_id       uuid         not null,
    stage              varchar(50)  not null,
    language           varchar(5)   not null,
    question_number    int          not null,
    planned_questions  int          not null,
    follow_up_asked    boolean      not null,
    open_question_id   varchar(100),
    open_question_text text,
    -- the stage-completed event (JSON) that started the stage, carried forward with this stage's result
    previous_event     text         not null,
    started_at         timestamptz  not null,
    completed_at       timestamptz,
    version            bigint       not null default 0,
    constraint stage_session_interview unique (interview_id, stage)
);

-- The transcript: every question asked (follow-ups included) and the candidate's verbatim answer.
create table stage_exchange (
    id          bigserial    primary key,
    session_id  bigint       not null references stage_session (id),
    turn        int          not null,
    question_id varchar(100) not null,
    question    text         not null,
    follow_up   boolean      not null,
    answer      text         not null,
    answered_at timestamptz  not null,
    constraint stage_exchange_turn unique (session_id, turn)
);
