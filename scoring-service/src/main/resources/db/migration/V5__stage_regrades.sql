-- The stages' answers to a recruiter's re-score (StageRegraded on interview.rescores), kept until every stage of the
-- interview's scorecard has answered and their InterviewRescored is queued; then they are deleted. A repeat of a
-- stage's answer hits the primary key and is ignored. The event holds evidence quotes and rationales: erased with
-- the interview.
create table stage_regrade (
    rescore_id   uuid         not null,
    interview_id uuid         not null,
    stage        varchar(100) not null,
    regraded     jsonb        not null,
    received_at  timestamptz  not null,
    primary key (rescore_id, interview_id, stage)
);
create index stage_regrade_interview on stage_regrade (interview_id);
