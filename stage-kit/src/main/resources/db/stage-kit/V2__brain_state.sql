-- The openai brain's running notes: they stand in for the transcript in prompts, so prompts stay bounded.
alter table stage_session add column notes text not null default '';

-- What running the code in an answer showed (JSON list; null when nothing ran).
alter table stage_exchange add column code_runs text;

-- How the model graded each finished main question (judgements as the model gave them, checked at rating time).
create table stage_question_grade (
    session_id  bigint       not null references stage_session (id),
    question_id varchar(100) not null,
    outcome     varchar(20)  not null,
    judgements  text         not null,
    detail      text         not null,
    -- the grading calls (JSON), so that their token usage can be cited in the stage result
    calls       text         not null,
    graded_at   timestamptz  not null,
    primary key (session_id, question_id)
);

-- Every model call: its task, outcome and the tokens the server reported.
create table stage_model_call (
    id            bigserial    primary key,
    session_id    bigint       not null references stage_session (id),
    turn          int          not null,
    task          varchar(20)  not null,
    outcome       varchar(20)  not null,
    input_tokens  int          not null,
    output_tokens int          not null,
    millis        bigint       not null,
    called_at     timestamptz  not null
);
create index stage_model_call_session on stage_model_call (session_id);
